package org.atelier.hypothesis.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.hypothesis.AssumptionMap;
import org.atelier.hypothesis.EvidenceDirection;
import org.atelier.hypothesis.EvidenceInput;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.HypothesisCategory;
import org.atelier.hypothesis.HypothesisInput;
import org.atelier.hypothesis.HypothesisStatus;
import org.atelier.hypothesis.HypothesisView;
import org.atelier.hypothesis.StatusInput;
import org.atelier.learning.LessonLanguage;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
 * The hypothesis pages: the list with its filters, the assumption map and its table; recording and
 * editing; the detail page with test card, status history, evidence, learning card, follow-up
 * actions and the lesson; the status change form.
 */
@Controller
class HypothesisPages {

	/** Service field names as the evidence form calls them. */
	private static final Map<String, String> EVIDENCE_FIELDS = Map.of("kind", "source", "targetId", "source", "title",
			"docTitle", "note", "evidenceNote");

	private final Hypotheses hypotheses;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final MessageSource messages;

	HypothesisPages(Hypotheses hypotheses, AtelierService ateliers, AtelierMembers members, MessageSource messages) {
		this.hypotheses = hypotheses;
		this.ateliers = ateliers;
		this.members = members;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/hypotheses")
	String list(@PathVariable long id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String category, Model model) {
		atelier(id, model);
		HypothesisStatus statusFilter = HypothesisStatus.parse(status).orElse(null);
		HypothesisCategory categoryFilter = HypothesisCategory.parse(category).orElse(null);
		List<HypothesisView> shown = hypotheses.list(id, statusFilter, categoryFilter);
		model.addAttribute("hypotheses", shown);
		model.addAttribute("map", AssumptionMap.of(shown));
		model.addAttribute("statusFilter", statusFilter == null ? "" : statusFilter.name());
		model.addAttribute("categoryFilter", categoryFilter == null ? "" : categoryFilter.name());
		model.addAttribute("statuses", withAll(statuses(List.of(HypothesisStatus.values()))));
		model.addAttribute("categories", withAll(categories()));
		return "hypothesis/list";
	}

	@GetMapping("/ateliers/{id}/hypotheses/new")
	String newHypothesis(@PathVariable long id, Model model) {
		return form(id, model, new HypothesisForms.HypothesisForm(), null);
	}

	@PostMapping("/ateliers/{id}/hypotheses")
	String create(@PathVariable long id, @ModelAttribute("hypothesisForm") HypothesisForms.HypothesisForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			HypothesisView created = hypotheses.create(id, input(form));
			redirect.addFlashAttribute("flash", text("hypothesis.flash.created"));
			return "redirect:/ateliers/" + id + "/hypotheses/" + created.id();
		}
		catch (FieldProblem problem) {
			bind(problem, result, Map.of());
		}
		return form(id, model, form, null);
	}

	@GetMapping("/ateliers/{id}/hypotheses/{hid}")
	String detail(@PathVariable long id, @PathVariable long hid, Model model) {
		return detailPage(id, hid, model, new HypothesisForms.EvidenceForm(), new HypothesisForms.ActionForm());
	}

	@GetMapping("/ateliers/{id}/hypotheses/{hid}/edit")
	String edit(@PathVariable long id, @PathVariable long hid, Model model) {
		HypothesisView h = hypotheses.get(id, hid);
		if (!h.status().working()) {
			throw new ConflictException("hypothesis.frozen", h.status().key());
		}
		return form(id, model, formOf(h), h);
	}

	@PostMapping("/ateliers/{id}/hypotheses/{hid}/edit")
	String update(@PathVariable long id, @PathVariable long hid,
			@ModelAttribute("hypothesisForm") HypothesisForms.HypothesisForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			hypotheses.update(id, hid, form.getVersion(), input(form));
			redirect.addFlashAttribute("flash", text("hypothesis.flash.saved"));
			return "redirect:/ateliers/" + id + "/hypotheses/" + hid;
		}
		catch (FieldProblem problem) {
			bind(problem, result, Map.of());
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			HypothesisView theirs = hypotheses.get(id, hid);
			form.setVersion(theirs.version());
			model.addAttribute("theirs", theirs);
		}
		return form(id, model, form, hypotheses.get(id, hid));
	}

	@GetMapping("/ateliers/{id}/hypotheses/{hid}/status")
	String statusForm(@PathVariable long id, @PathVariable long hid, Model model) {
		HypothesisView h = hypotheses.get(id, hid);
		var form = new HypothesisForms.StatusForm();
		form.setVersion(h.version());
		return statusPage(id, h, form, model);
	}

	@PostMapping("/ateliers/{id}/hypotheses/{hid}/status")
	String changeStatus(@PathVariable long id, @PathVariable long hid,
			@ModelAttribute("statusForm") HypothesisForms.StatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			StatusInput input = StatusInput.parse(form.getStatus(), form.getNote(), form.getObservation(),
					form.getInsight(), form.getDecision(), form.getNextActions());
			HypothesisView h = hypotheses.changeStatus(id, hid, form.getVersion(), input);
			redirect.addFlashAttribute("flash", text("hypothesis.flash.status",
					text("hypothesis.status." + h.status().name())));
			return "redirect:/ateliers/" + id + "/hypotheses/" + hid;
		}
		catch (FieldProblem problem) {
			bind(problem, result, Map.of());
		}
		catch (ConflictException conflict) {
			result.rejectValue("status", conflict.messageKey(), conflict.args(), conflict.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("hypothesis.stale");
			form.setVersion(hypotheses.get(id, hid).version());
		}
		return statusPage(id, hypotheses.get(id, hid), form, model);
	}

	@PostMapping("/ateliers/{id}/hypotheses/{hid}/evidence")
	String addEvidence(@PathVariable long id, @PathVariable long hid,
			@ModelAttribute("evidenceForm") HypothesisForms.EvidenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			String source = form.getSource() == null ? "" : form.getSource().trim();
			int colon = source.indexOf(':');
			String kind = colon < 0 ? source : source.substring(0, colon);
			Long target = null;
			if (colon >= 0) {
				try {
					target = Long.parseLong(source.substring(colon + 1));
				}
				catch (NumberFormatException e) {
					throw new FieldProblem("targetId", "hypothesis.evidence.target.unknown");
				}
			}
			hypotheses.addEvidence(id, hid, EvidenceInput.parse(kind, target, form.getUrl(), form.getDocTitle(),
					form.getDirection(), form.getStrength(), form.getEvidenceNote()));
			redirect.addFlashAttribute("flash", text("hypothesis.flash.evidenceAdded"));
			return "redirect:/ateliers/" + id + "/hypotheses/" + hid + "#evidence-heading";
		}
		catch (FieldProblem problem) {
			bind(problem, result, EVIDENCE_FIELDS);
		}
		return detailPage(id, hid, model, form, new HypothesisForms.ActionForm());
	}

	@PostMapping("/ateliers/{id}/hypotheses/{hid}/evidence/{eid}/delete")
	String removeEvidence(@PathVariable long id, @PathVariable long hid, @PathVariable long eid,
			RedirectAttributes redirect) {
		hypotheses.removeEvidence(id, hid, eid);
		redirect.addFlashAttribute("flash", text("hypothesis.flash.evidenceRemoved"));
		return "redirect:/ateliers/" + id + "/hypotheses/" + hid;
	}

	@PostMapping("/ateliers/{id}/hypotheses/{hid}/lesson")
	String lesson(@PathVariable long id, @PathVariable long hid, RedirectAttributes redirect) {
		try {
			LessonLanguage language = LessonLanguage.parse(LocaleContextHolder.getLocale().getLanguage())
				.orElse(LessonLanguage.EN);
			hypotheses.turnIntoLesson(id, hid, language);
			redirect.addFlashAttribute("flash", text("hypothesis.flash.lesson"));
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("flash", text(conflict.messageKey(), conflict.args()));
		}
		return "redirect:/ateliers/" + id + "/hypotheses/" + hid;
	}

	@PostMapping("/ateliers/{id}/hypotheses/{hid}/actions")
	String addAction(@PathVariable long id, @PathVariable long hid,
			@ModelAttribute("actionForm") HypothesisForms.ActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			hypotheses.addAction(id, hid, form.getActionTitle(), form.getActionOwner(), form.getActionDue());
			redirect.addFlashAttribute("flash", text("hypothesis.flash.action"));
			return "redirect:/ateliers/" + id + "/hypotheses/" + hid;
		}
		catch (FieldProblem problem) {
			bind(problem, result, Map.of());
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("flash", text(conflict.messageKey(), conflict.args()));
			return "redirect:/ateliers/" + id + "/hypotheses/" + hid;
		}
		return detailPage(id, hid, model, new HypothesisForms.EvidenceForm(), form);
	}

	private String detailPage(long id, long hid, Model model, HypothesisForms.EvidenceForm evidenceForm,
			HypothesisForms.ActionForm actionForm) {
		AtelierView atelier = atelier(id, model);
		HypothesisView h = hypotheses.get(id, hid);
		model.addAttribute("hypothesis", h);
		if (!model.containsAttribute("evidenceForm")) {
			model.addAttribute("evidenceForm", evidenceForm);
		}
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", actionForm);
		}
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put("", text("hypothesis.evidence.source.choose"));
		hypotheses.evidenceCandidates(id).forEach(t -> sources.put(t.kind() + ":" + t.id(),
				text("hypothesis.evidence.kind." + t.kind()) + ": " + t.title()));
		sources.put(EvidenceInput.DOCUMENT, text("hypothesis.evidence.source.document"));
		model.addAttribute("sources", sources);
		Map<String, String> directions = new LinkedHashMap<>();
		for (EvidenceDirection d : EvidenceDirection.values()) {
			directions.put(d.name(), text("hypothesis.evidence.direction." + d.name()));
		}
		model.addAttribute("directions", directions);
		model.addAttribute("strengths", scale(1, 3, "hypothesis.evidence.strength."));
		model.addAttribute("actionsAvailable", hypotheses.actionsAvailable());
		if (hypotheses.actionsAvailable() && atelier.hasRole(AtelierRole.PARTNER)) {
			Map<String, String> owners = new LinkedHashMap<>();
			members.list(id).forEach(m -> owners.put(String.valueOf(m.userId()), m.displayName()));
			model.addAttribute("owners", owners);
		}
		return "hypothesis/detail";
	}

	private String statusPage(long id, HypothesisView h, HypothesisForms.StatusForm form, Model model) {
		requireWriter(atelier(id, model));
		model.addAttribute("hypothesis", h);
		model.addAttribute("statusForm", form);
		Map<String, String> targets = new LinkedHashMap<>();
		targets.put("", text("hypothesis.status.choose"));
		targets.putAll(statuses(List.of(HypothesisStatus.values()).stream().filter(h.status()::canMoveTo).toList()));
		model.addAttribute("targets", targets);
		return "hypothesis/status";
	}

	private String form(long id, Model model, HypothesisForms.HypothesisForm form, @Nullable HypothesisView h) {
		requireWriter(atelier(id, model));
		model.addAttribute("hypothesisForm", form);
		model.addAttribute("hypothesis", h);
		Map<String, String> categories = new LinkedHashMap<>();
		categories.put("", text("hypothesis.category.choose"));
		categories.putAll(categories());
		model.addAttribute("categories", categories);
		Map<String, String> importance = new LinkedHashMap<>();
		importance.put("", text("hypothesis.importance.choose"));
		importance.putAll(scale(1, 5, "hypothesis.importance."));
		model.addAttribute("importances", importance);
		model.addAttribute("strengths", scale(0, 3, "hypothesis.evidenceStrength."));
		return "hypothesis/form";
	}

	private AtelierView atelier(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return atelier;
	}

	private static void requireWriter(AtelierView atelier) {
		if (!atelier.hasRole(AtelierRole.PARTNER) || atelier.archived()) {
			throw new AccessDeniedException("partners and coordinators only");
		}
	}

	private Map<String, String> statuses(List<HypothesisStatus> values) {
		Map<String, String> map = new LinkedHashMap<>();
		values.forEach(s -> map.put(s.name(), text("hypothesis.status." + s.name())));
		return map;
	}

	private Map<String, String> categories() {
		Map<String, String> map = new LinkedHashMap<>();
		for (HypothesisCategory c : HypothesisCategory.values()) {
			map.put(c.name(), text("hypothesis.category." + c.name()));
		}
		return map;
	}

	private Map<String, String> withAll(Map<String, String> values) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("", text("hypothesis.filter.all"));
		map.putAll(values);
		return map;
	}

	private Map<String, String> scale(int from, int to, String prefix) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = from; i <= to; i++) {
			map.put(String.valueOf(i), text(prefix + i));
		}
		return map;
	}

	private static HypothesisInput input(HypothesisForms.HypothesisForm f) {
		return HypothesisInput.parse(f.getStatement(), f.getCategory(), f.getImportance(), f.getEvidenceStrength(),
				f.getTestMethod(), f.getMetric(), f.getSuccessCriterion(), f.getDeadline());
	}

	private static HypothesisForms.HypothesisForm formOf(HypothesisView h) {
		var form = new HypothesisForms.HypothesisForm();
		form.setStatement(h.statement());
		form.setCategory(h.category().name());
		form.setImportance(String.valueOf(h.importance()));
		form.setEvidenceStrength(String.valueOf(h.evidenceStrength()));
		form.setTestMethod(h.testMethod());
		form.setMetric(h.metric());
		form.setSuccessCriterion(h.successCriterion());
		form.setDeadline(h.deadline() == null ? null : h.deadline().toString());
		form.setVersion(h.version());
		return form;
	}

	private static void bind(FieldProblem problem, BindingResult result, Map<String, String> fieldNames) {
		problem.violations().forEach(v -> {
			String field = fieldNames.getOrDefault(v.field(), v.field());
			if (result.getFieldErrorCount(field) == 0) {
				result.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
			}
		});
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
