package org.atelier.governance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.governance.DecisionInput;
import org.atelier.governance.DecisionLog;
import org.atelier.governance.DecisionStatus;
import org.atelier.governance.DecisionView;
import org.atelier.governance.GovernanceRecords;
import org.atelier.governance.Implementation;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.links.LinkTargets;
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

/** The decision log: list, detail, proposing and editing, accepting or rejecting, superseding, follow-through. */
@Controller
class DecisionPages {

	private final DecisionLog decisions;
	private final GovernanceRecords records;
	private final AtelierService ateliers;
	private final LinkTargets links;
	private final MessageSource messages;

	DecisionPages(DecisionLog decisions, GovernanceRecords records, AtelierService ateliers, LinkTargets links,
			MessageSource messages) {
		this.decisions = decisions;
		this.records = records;
		this.ateliers = ateliers;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/decisions")
	String list(@PathVariable long id, @RequestParam(required = false) @Nullable String status, Model model) {
		DecisionStatus filter = DecisionStatus.parse(status).orElse(null);
		AtelierView atelier = atelier(id, model);
		model.addAttribute("decisions", decisions.list(id, filter));
		model.addAttribute("filter", filter == null ? "" : filter.key());
		Map<String, String> statuses = new LinkedHashMap<>();
		statuses.put("", text("governance.decision.status.all"));
		for (DecisionStatus s : DecisionStatus.values()) {
			statuses.put(s.key(), text("governance.decision.status." + s.name()));
		}
		model.addAttribute("statuses", statuses);
		return "governance/decisions";
	}

	@GetMapping("/ateliers/{id}/decisions/new")
	String newDecision(@PathVariable long id, Model model) {
		return form(id, model, new GovernanceForms.DecisionForm(), null, "new");
	}

	@PostMapping("/ateliers/{id}/decisions")
	String create(@PathVariable long id, @ModelAttribute("decisionForm") GovernanceForms.DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			DecisionView created = decisions.create(id, input(form), form.isAlreadyAccepted());
			redirect.addFlashAttribute("flash", text("governance.flash.decisionLogged"));
			return "redirect:/ateliers/" + id + "/decisions/" + created.id();
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return form(id, model, form, null, "new");
	}

	@GetMapping("/ateliers/{id}/decisions/{did}")
	String detail(@PathVariable long id, @PathVariable long did, Model model) {
		atelier(id, model);
		DecisionView decision = decisions.get(id, did);
		model.addAttribute("decision", decision);
		if (decision.supersedesId() != null) {
			model.addAttribute("supersedes", decisions.get(id, decision.supersedesId()));
		}
		if (decision.supersededById() != null) {
			model.addAttribute("supersededBy", decisions.get(id, decision.supersededById()));
		}
		Map<String, String> kinds = new LinkedHashMap<>();
		for (String kind : decisions.linkKinds()) {
			kinds.put(kind, text("governance.link.kind." + kind, kind));
		}
		model.addAttribute("linkKinds", kinds);
		Map<String, String> candidates = new LinkedHashMap<>();
		for (String kind : decisions.linkKinds()) {
			links.candidates(kind, id).forEach(t -> candidates.put(kind + ":" + t.id(),
					text("governance.link.kind." + kind, kind) + ": " + t.title()));
		}
		model.addAttribute("candidates", candidates);
		Map<String, String> implementations = new LinkedHashMap<>();
		for (Implementation i : Implementation.values()) {
			implementations.put(i.name(), text("governance.decision.implementation." + i.name()));
		}
		model.addAttribute("implementations", implementations);
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("canAddAction", Boolean.TRUE.equals(model.getAttribute("canWrite"))
				&& decision.status() == DecisionStatus.ACCEPTED && links.supports("action"));
		return "governance/decision";
	}

	@GetMapping("/ateliers/{id}/decisions/{did}/edit")
	String edit(@PathVariable long id, @PathVariable long did, Model model) {
		DecisionView decision = decisions.get(id, did);
		if (!decision.status().editable()) {
			throw new ConflictException("governance.decision.frozen", decision.status().key());
		}
		return form(id, model, formOf(decision), decision, "edit");
	}

	@PostMapping("/ateliers/{id}/decisions/{did}/edit")
	String update(@PathVariable long id, @PathVariable long did,
			@ModelAttribute("decisionForm") GovernanceForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			decisions.update(id, did, form.getVersion(), input(form));
			redirect.addFlashAttribute("flash", text("governance.flash.decisionSaved"));
			return "redirect:/ateliers/" + id + "/decisions/" + did;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			DecisionView theirs = decisions.get(id, did);
			form.setVersion(theirs.version());
			model.addAttribute("theirs", theirs);
		}
		return form(id, model, form, decisions.get(id, did), "edit");
	}

	@PostMapping("/ateliers/{id}/decisions/{did}/decide")
	String decide(@PathVariable long id, @PathVariable long did, @RequestParam String outcome,
			@RequestParam(required = false) @Nullable String decidedBy,
			@RequestParam(required = false) @Nullable String decidedOn, @RequestParam int version,
			RedirectAttributes redirect) {
		DecisionStatus status = DecisionStatus.parse(outcome).orElse(null);
		try {
			LocalDate on = decidedOn == null || decidedOn.isBlank() ? null : LocalDate.parse(decidedOn.trim());
			decisions.decide(id, did, version, status == null ? DecisionStatus.PROPOSED : status, decidedBy, on);
			redirect.addFlashAttribute("flash", text(status == DecisionStatus.ACCEPTED ? "governance.flash.accepted"
					: "governance.flash.rejected"));
		}
		catch (DateTimeParseException e) {
			redirect.addFlashAttribute("flash", text("governance.date.invalid"));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("flash", String.join(" ", problem.texts(messages, LocaleContextHolder.getLocale())));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flash", text("governance.decision.stale"));
		}
		return "redirect:/ateliers/" + id + "/decisions/" + did;
	}

	@GetMapping("/ateliers/{id}/decisions/{did}/supersede")
	String supersedeForm(@PathVariable long id, @PathVariable long did, Model model) {
		DecisionView old = decisions.get(id, did);
		if (!old.status().supersedable()) {
			throw new ConflictException("governance.decision.notSupersedable", old.status().key());
		}
		GovernanceForms.DecisionForm form = formOf(old);
		form.setDecidedOn(LocalDate.now().toString());
		form.setDecidedBy(null);
		return form(id, model, form, old, "supersede");
	}

	@PostMapping("/ateliers/{id}/decisions/{did}/supersede")
	String supersede(@PathVariable long id, @PathVariable long did,
			@ModelAttribute("decisionForm") GovernanceForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			DecisionView created = decisions.supersede(id, did, form.getVersion(), input(form));
			redirect.addFlashAttribute("flash", text("governance.flash.superseded"));
			return "redirect:/ateliers/" + id + "/decisions/" + created.id();
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("governance.decision.stale");
		}
		return form(id, model, form, decisions.get(id, did), "supersede");
	}

	@PostMapping("/ateliers/{id}/decisions/{did}/implementation")
	String implementation(@PathVariable long id, @PathVariable long did, @RequestParam String implementation,
			RedirectAttributes redirect) {
		Implementation value = Implementation.parse(implementation)
			.orElseThrow(() -> new FieldProblem("implementation", "governance.decision.implementation.invalid"));
		decisions.setImplementation(id, did, value);
		redirect.addFlashAttribute("flash", text("governance.flash.implementation"));
		return "redirect:/ateliers/" + id + "/decisions/" + did;
	}

	@PostMapping("/ateliers/{id}/decisions/{did}/links")
	String link(@PathVariable long id, @PathVariable long did, @RequestParam String target,
			RedirectAttributes redirect) {
		int colon = target.indexOf(':');
		try {
			long targetId = Long.parseLong(target.substring(colon + 1));
			decisions.link(id, did, colon < 0 ? null : target.substring(0, colon), targetId);
			redirect.addFlashAttribute("flash", text("governance.flash.linked"));
		}
		catch (NumberFormatException | FieldProblem e) {
			redirect.addFlashAttribute("flash", text("governance.decision.link.unknown"));
		}
		return "redirect:/ateliers/" + id + "/decisions/" + did;
	}

	@PostMapping("/ateliers/{id}/decisions/{did}/links/delete")
	String unlink(@PathVariable long id, @PathVariable long did, @RequestParam String kind, @RequestParam long targetId,
			RedirectAttributes redirect) {
		decisions.unlink(id, did, kind, targetId);
		redirect.addFlashAttribute("flash", text("governance.flash.unlinked"));
		return "redirect:/ateliers/" + id + "/decisions/" + did;
	}

	private String form(long id, Model model, GovernanceForms.DecisionForm form, @Nullable DecisionView decision,
			String mode) {
		AtelierView atelier = atelier(id, model);
		if (!atelier.hasRole(AtelierRole.PARTNER) || atelier.archived()) {
			throw new org.springframework.security.access.AccessDeniedException("partners and coordinators only");
		}
		model.addAttribute("decisionForm", form);
		model.addAttribute("decision", decision);
		model.addAttribute("mode", mode);
		Map<String, String> levels = new LinkedHashMap<>();
		levels.put("", text("governance.decision.level.none"));
		records.levels(id).forEach(l -> levels.put(String.valueOf(l.id()), l.name()));
		model.addAttribute("levels", levels);
		return "governance/decision-form";
	}

	private AtelierView atelier(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return atelier;
	}

	private static DecisionInput input(GovernanceForms.DecisionForm f) {
		return DecisionInput.parse(f.getTitle(), f.getContext(), f.getOptions(), f.getDecision(), f.getRationale(),
				f.getPreparedBy(), f.getDecidedBy(), f.getConsulted(), f.getInformed(), f.getDecidedOn(),
				f.getEscalationLevelId());
	}

	private static GovernanceForms.DecisionForm formOf(DecisionView d) {
		var form = new GovernanceForms.DecisionForm();
		form.setTitle(d.title());
		form.setContext(d.context());
		form.setOptions(String.join("\n", d.options()));
		form.setDecision(d.decision());
		form.setRationale(d.rationale());
		form.setPreparedBy(d.preparedBy());
		form.setDecidedBy(d.decidedBy());
		form.setConsulted(d.consulted());
		form.setInformed(d.informed());
		form.setDecidedOn(d.decidedOn() == null ? null : d.decidedOn().toString());
		form.setEscalationLevelId(d.escalationLevelId());
		form.setVersion(d.version());
		return form;
	}

	private static void bind(FieldProblem problem, BindingResult result) {
		problem.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
