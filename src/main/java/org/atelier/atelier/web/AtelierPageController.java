package org.atelier.atelier.web;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of ateliers themselves: the list, the create and edit forms, the overview that other
 * modules' pages hang under, and archiving and restoring.
 */
@Controller
class AtelierPageController {

	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final AtelierAccess access;
	private final Labels labels;

	AtelierPageController(AtelierService ateliers, AtelierMembers members, AtelierAccess access, Labels labels) {
		this.ateliers = ateliers;
		this.members = members;
		this.access = access;
		this.labels = labels;
	}

	@GetMapping("/ateliers")
	String list(@RequestParam(defaultValue = "false") boolean archived, Model model) {
		model.addAttribute("ateliers", access.visible(archived));
		model.addAttribute("showArchived", archived);
		model.addAttribute("admin", CurrentUser.require().admin());
		return "atelier/list";
	}

	@GetMapping("/ateliers/new")
	String createForm(Model model) {
		model.addAttribute("atelierForm", new AtelierForm());
		return form(model, null);
	}

	@PostMapping("/ateliers")
	String create(@ModelAttribute AtelierForm atelierForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			AtelierView created = ateliers.create(atelierForm.toInput());
			redirect.addFlashAttribute("flash", labels.text("atelier.flash.created", created.name()));
			return "redirect:/ateliers/" + created.id();
		}
		catch (FieldProblem problem) {
			FormProblems.bind(problem, result);
		}
		catch (ConflictException conflict) {
			result.rejectValue("name", conflict.messageKey(), conflict.args(), conflict.messageKey());
		}
		return form(model, null);
	}

	@GetMapping("/ateliers/{id}")
	String overview(@PathVariable long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("members", members.list(id));
		return "atelier/overview";
	}

	@GetMapping("/ateliers/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelierForm", AtelierForm.of(atelier));
		return form(model, atelier);
	}

	@PostMapping("/ateliers/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute AtelierForm atelierForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		try {
			int version = atelierForm.getVersion() == null ? -1 : atelierForm.getVersion();
			AtelierView saved = ateliers.update(id, version, atelierForm.toInput());
			redirect.addFlashAttribute("flash", labels.text("atelier.flash.saved", saved.name()));
			return "redirect:/ateliers/" + id;
		}
		catch (FieldProblem problem) {
			FormProblems.bind(problem, result);
		}
		catch (ConflictException conflict) {
			result.rejectValue("name", conflict.messageKey(), conflict.args(), conflict.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			// Keep what the person typed, show what is saved now, and let a second save overwrite knowingly.
			AtelierView theirs = ateliers.view(id);
			result.reject("form.stale");
			atelierForm.setVersion(theirs.version());
			model.addAttribute("theirs", theirs);
		}
		return form(model, ateliers.view(id));
	}

	@PostMapping("/ateliers/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		ateliers.archive(id, null);
		redirect.addFlashAttribute("flash", labels.text("atelier.flash.archived"));
		return "redirect:/ateliers/" + id;
	}

	@PostMapping("/ateliers/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		ateliers.restore(id);
		redirect.addFlashAttribute("flash", labels.text("atelier.flash.restored"));
		return "redirect:/ateliers/" + id;
	}

	private String form(Model model, AtelierView atelier) {
		model.addAttribute("atelier", atelier);
		model.addAttribute("themes", labels.themes());
		return "atelier/form";
	}
}
