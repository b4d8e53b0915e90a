package org.atelier.stakeholder.web;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.shared.FieldProblem;
import org.atelier.stakeholder.DocumentUpload;
import org.atelier.stakeholder.DocumentView;
import org.atelier.stakeholder.StakeholderDocuments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents on an organisation's page: attach (multipart form), download, remove. A refused
 * upload re-renders the organisation's page with the problems next to the form's fields.
 */
@Controller
class StakeholderDocumentPages {

	private final StakeholderDocuments documents;
	private final StakeholderPageController organisationPage;
	private final AtelierAccess access;
	private final MessageSource messages;

	StakeholderDocumentPages(StakeholderDocuments documents, StakeholderPageController organisationPage,
			AtelierAccess access, MessageSource messages) {
		this.documents = documents;
		this.organisationPage = organisationPage;
		this.access = access;
		this.messages = messages;
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/documents")
	String attach(@PathVariable long id, @PathVariable long sid, @ModelAttribute DocumentForm documentForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		MultipartFile file = documentForm.getFile();
		try {
			DocumentView attached = documents.attach(id, sid, new DocumentUpload(documentForm.getTitle(),
					documentForm.getKind(), documentForm.getSignedOn(), file == null ? null : file.getOriginalFilename(),
					file == null ? 0 : file.getSize(), file));
			redirect.addFlashAttribute("flash", text("stakeholder.document.flash.attached", attached.title()));
			return "redirect:/ateliers/" + id + "/stakeholders/" + sid + "#documents-heading";
		}
		catch (FieldProblem problem) {
			StakeholderPageController.bind(problem, result);
		}
		return organisationPage.detail(id, sid, model);
	}

	@GetMapping("/ateliers/{id}/stakeholders/{sid}/documents/{did}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long sid, @PathVariable long did) {
		return documents.file(id, sid, did).asAttachment();
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/documents/{did}/delete")
	String remove(@PathVariable long id, @PathVariable long sid, @PathVariable long did, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		DocumentView document = documents.view(id, sid, did);
		documents.remove(id, sid, did);
		redirect.addFlashAttribute("flash", text("stakeholder.document.flash.removed", document.title()));
		return "redirect:/ateliers/" + id + "/stakeholders/" + sid;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
