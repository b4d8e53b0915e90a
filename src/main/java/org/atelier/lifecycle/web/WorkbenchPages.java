package org.atelier.lifecycle.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.lifecycle.ChallengeInput;
import org.atelier.lifecycle.ChallengeStatements;
import org.atelier.lifecycle.ConditionInput;
import org.atelier.lifecycle.ConditionStatus;
import org.atelier.lifecycle.ContextDomain;
import org.atelier.lifecycle.ContextInput;
import org.atelier.lifecycle.ContextEntry;
import org.atelier.lifecycle.ContextMap;
import org.atelier.lifecycle.OperationalConditions;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The Preconditions workbench pages: the versioned challenge statement (partners write,
 * coordinators validate), the operational-conditions checklist and the context map. Observers
 * read them. A save made on an outdated version shows what is saved now next to what was typed.
 */
@Controller
class WorkbenchPages {

	private final AtelierService ateliers;
	private final AtelierAccess access;
	private final AtelierMembers members;
	private final ChallengeStatements challenges;
	private final OperationalConditions conditions;
	private final ContextMap contextMap;
	private final MessageSource messages;

	WorkbenchPages(AtelierService ateliers, AtelierAccess access, AtelierMembers members,
			ChallengeStatements challenges, OperationalConditions conditions, ContextMap contextMap,
			MessageSource messages) {
		this.ateliers = ateliers;
		this.access = access;
		this.members = members;
		this.challenges = challenges;
		this.conditions = conditions;
		this.contextMap = contextMap;
		this.messages = messages;
	}

	// --- challenge statement

	@GetMapping("/ateliers/{id}/challenge")
	String challenge(@PathVariable long id, Model model) {
		model.addAttribute("challengeForm", Forms.ChallengeForm.of(challenges.current(id).orElse(null)));
		return challengePage(id, model);
	}

	@PostMapping("/ateliers/{id}/challenge")
	String saveChallenge(@PathVariable long id, @ModelAttribute("challengeForm") Forms.ChallengeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		try {
			var saved = challenges.save(id, form.getVersion(),
					new ChallengeInput(form.getSystemicIssue(), form.getUrgency(), form.getBoundaries()));
			redirect.addFlashAttribute("flash", text("lifecycle.flash.challengeSaved", saved.versionNo()));
			return "redirect:/ateliers/" + id + "/challenge";
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			var theirs = challenges.current(id).orElse(null);
			form.setVersion(theirs == null ? 0 : theirs.versionNo());
			model.addAttribute("theirs", theirs);
		}
		return challengePage(id, model);
	}

	@PostMapping("/ateliers/{id}/challenge/validate")
	String validate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			challenges.validate(id, version);
			redirect.addFlashAttribute("flash", text("lifecycle.flash.validated", version));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flash", text("lifecycle.challenge.validateStale"));
		}
		return "redirect:/ateliers/" + id + "/challenge";
	}

	private String challengePage(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("versions", challenges.versions(id));
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		model.addAttribute("tab", "challenge");
		return "lifecycle/challenge";
	}

	// --- operational conditions

	@GetMapping("/ateliers/{id}/conditions")
	String conditions(@PathVariable long id, Model model) {
		model.addAttribute("labelForm", new Forms.ConditionLabelForm());
		return conditionsPage(id, model, null, null);
	}

	@PostMapping("/ateliers/{id}/conditions/{key}")
	String updateCondition(@PathVariable long id, @PathVariable String key,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String ownerId,
			@RequestParam(required = false) @Nullable String evidence, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		try {
			conditions.update(id, key, version, ConditionInput.parse(status, ownerId, evidence));
			redirect.addFlashAttribute("flash", text("lifecycle.flash.conditionSaved"));
			return "redirect:/ateliers/" + id + "/conditions";
		}
		catch (FieldProblem problem) {
			model.addAttribute("labelForm", new Forms.ConditionLabelForm());
			FieldProblem.Violation v = problem.violations().get(0);
			return conditionsPage(id, model, key, messages.getMessage(v.messageKey(), v.args(),
					LocaleContextHolder.getLocale()));
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("labelForm", new Forms.ConditionLabelForm());
			return conditionsPage(id, model, key, text("form.stale"));
		}
	}

	@PostMapping("/ateliers/{id}/conditions")
	String addCondition(@PathVariable long id, @ModelAttribute("labelForm") Forms.ConditionLabelForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			conditions.add(id, form.getLabel() == null ? "" : form.getLabel());
			redirect.addFlashAttribute("flash", text("lifecycle.flash.conditionAdded"));
			return "redirect:/ateliers/" + id + "/conditions";
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return conditionsPage(id, model, null, null);
	}

	private String conditionsPage(long id, Model model, @Nullable String problemKey, @Nullable String problem) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("conditions", conditions.list(id));
		model.addAttribute("members", members.list(id));
		Map<String, String> statuses = new LinkedHashMap<>();
		for (ConditionStatus s : ConditionStatus.values()) {
			statuses.put(s.name(), text("lifecycle.condition.status." + s));
		}
		model.addAttribute("statuses", statuses);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		model.addAttribute("problemKey", problemKey);
		model.addAttribute("problem", problem);
		model.addAttribute("tab", "conditions");
		return "lifecycle/conditions";
	}

	// --- context map

	@GetMapping("/ateliers/{id}/context-map")
	String contextMap(@PathVariable long id, Model model) {
		model.addAttribute("contextForm", new Forms.ContextForm());
		return contextPage(id, model);
	}

	@PostMapping("/ateliers/{id}/context-map")
	String addEntry(@PathVariable long id, @ModelAttribute("contextForm") Forms.ContextForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			contextMap.add(id, ContextInput.parse(form.getDomain(), form.getDescription(), form.getActors()));
			redirect.addFlashAttribute("flash", text("lifecycle.flash.entryAdded"));
			return "redirect:/ateliers/" + id + "/context-map";
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return contextPage(id, model);
	}

	@GetMapping("/ateliers/{id}/context-map/{entryId}/edit")
	String editEntry(@PathVariable long id, @PathVariable long entryId, Model model) {
		access.requireEditable(id, AtelierRole.PARTNER);
		ContextEntry entry = contextMap.entry(id, entryId);
		Forms.ContextForm form = new Forms.ContextForm();
		form.setDomain(entry.domain().name());
		form.setDescription(entry.description());
		form.setActors(entry.actors());
		form.setVersion(entry.version());
		model.addAttribute("contextForm", form);
		return editPage(id, entry, model);
	}

	@PostMapping("/ateliers/{id}/context-map/{entryId}/edit")
	String updateEntry(@PathVariable long id, @PathVariable long entryId,
			@ModelAttribute("contextForm") Forms.ContextForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ContextEntry entry = contextMap.entry(id, entryId);
		try {
			contextMap.update(id, entryId, form.getVersion(),
					ContextInput.parse(form.getDomain(), form.getDescription(), form.getActors()));
			redirect.addFlashAttribute("flash", text("lifecycle.flash.entryUpdated"));
			return "redirect:/ateliers/" + id + "/context-map";
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			// someone changed the entry meanwhile: show theirs beside the form, which now carries their version
			result.reject("form.stale");
			entry = contextMap.entry(id, entryId);
			form.setVersion(entry.version());
			model.addAttribute("theirs", entry);
		}
		return editPage(id, entry, model);
	}

	private String editPage(long id, ContextEntry entry, Model model) {
		contextPage(id, model);
		model.addAttribute("entry", entry);
		return "lifecycle/context-entry-edit";
	}

	@PostMapping("/ateliers/{id}/context-map/{entryId}/delete")
	String removeEntry(@PathVariable long id, @PathVariable long entryId, RedirectAttributes redirect) {
		contextMap.remove(id, entryId, null);
		redirect.addFlashAttribute("flash", text("lifecycle.flash.entryRemoved"));
		return "redirect:/ateliers/" + id + "/context-map";
	}

	private String contextPage(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("entries", contextMap.entries(id));
		Map<String, String> domains = new LinkedHashMap<>();
		domains.put("", text("lifecycle.context.domain.choose"));
		for (ContextDomain d : ContextDomain.values()) {
			domains.put(d.name(), text("lifecycle.context.domain." + d));
		}
		model.addAttribute("domains", domains);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		model.addAttribute("tab", "context");
		return "lifecycle/context-map";
	}

	private static void bind(FieldProblem problem, BindingResult result) {
		for (FieldProblem.Violation v : problem.violations()) {
			result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
