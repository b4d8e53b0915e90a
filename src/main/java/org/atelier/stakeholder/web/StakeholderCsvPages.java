package org.atelier.stakeholder.web;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.shared.FieldProblem;
import org.atelier.stakeholder.RegisterCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Download of the register as CSV, and the import page. */
@Controller
class StakeholderCsvPages {

	private final RegisterCsv csv;
	private final AtelierService ateliers;
	private final MessageSource messages;

	StakeholderCsvPages(RegisterCsv csv, AtelierService ateliers, MessageSource messages) {
		this.csv = csv;
		this.ateliers = ateliers;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/stakeholders.csv")
	ResponseEntity<String> download(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("stakeholders-" + id + ".csv").build().toString())
			.body(csv.export(id));
	}

	@GetMapping("/ateliers/{id}/stakeholders/import")
	String form(@PathVariable long id, Model model) {
		return page(id, model, List.of());
	}

	@PostMapping("/ateliers/{id}/stakeholders/import")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		page(id, model, List.of());
		if (file == null || file.isEmpty()) {
			return page(id, model, List.of(text("stakeholder.csv.noFile")));
		}
		if (file.getSize() > RegisterCsv.MAX_CHARS * 4L) {
			return page(id, model, List.of(text("stakeholder.csv.tooLarge", RegisterCsv.MAX_CHARS / 1000)));
		}
		String content;
		try {
			content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
		}
		catch (CharacterCodingException notText) {
			return page(id, model, List.of(text("stakeholder.csv.notText")));
		}
		try {
			int imported = csv.importCsv(id, content);
			redirect.addFlashAttribute("flash", text("stakeholder.csv.imported", imported));
			return "redirect:/ateliers/" + id + "/stakeholders";
		}
		catch (FieldProblem problem) {
			return page(id, model, problem.texts(messages, LocaleContextHolder.getLocale()));
		}
	}

	private String page(long id, Model model, List<String> problems) {
		AtelierView atelier = ateliers.view(id);
		if (atelier.archived() || !atelier.hasRole(AtelierRole.PARTNER)) {
			throw new AccessDeniedException("partners and coordinators import");
		}
		model.addAttribute("atelier", atelier);
		model.addAttribute("problems", problems);
		model.addAttribute("columns", String.join(", ", RegisterCsv.COLUMNS));
		return "stakeholder/import";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
