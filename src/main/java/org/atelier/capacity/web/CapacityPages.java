package org.atelier.capacity.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.atelier.assessment.AssessmentResults;
import org.atelier.assessment.AssessmentService;
import org.atelier.assessment.AssessmentSummary;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.atelier.MemberView;
import org.atelier.capacity.CoreTeam;
import org.atelier.capacity.FundingOutlook;
import org.atelier.capacity.FundingRules;
import org.atelier.capacity.FundingSourceInput;
import org.atelier.capacity.FundingSourceView;
import org.atelier.capacity.FundingSources;
import org.atelier.capacity.FundingStatus;
import org.atelier.capacity.FundingType;
import org.atelier.capacity.FundingWarnings;
import org.atelier.capacity.SkillGapInput;
import org.atelier.capacity.SkillGapView;
import org.atelier.capacity.TeamMemberInput;
import org.atelier.capacity.TeamMemberView;
import org.atelier.identity.CurrentUser;
import org.atelier.method.Phase;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The capacity page of an atelier (team and FTE, skill gaps, funding sources, runway, warnings and
 * the Continuation dimensions' latest scores) and the forms that create, change and remove entries.
 */
@Controller
class CapacityPages {

	/** A Continuation dimension's latest score next to the funding figures. */
	record DimensionScore(String name, @Nullable Double score, @Nullable Integer target) {
	}

	private final CoreTeam team;
	private final FundingSources funding;
	private final FundingOutlook outlook;
	private final AssessmentService assessments;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final MessageSource messages;
	private final JsonMapper json;

	CapacityPages(CoreTeam team, FundingSources funding, FundingOutlook outlook, AssessmentService assessments,
			AtelierService ateliers, AtelierMembers members, MessageSource messages, JsonMapper json) {
		this.team = team;
		this.funding = funding;
		this.outlook = outlook;
		this.assessments = assessments;
		this.ateliers = ateliers;
		this.members = members;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/ateliers/{id}/capacity")
	String overview(@PathVariable long id, Model model, Locale locale) {
		atelier(id, model);
		model.addAttribute("team", team.team(id));
		model.addAttribute("gaps", team.gaps(id));
		model.addAttribute("sources", funding.list(id));
		FundingRules.Outlook o = outlook.outlook(id);
		model.addAttribute("outlook", o);
		Map<Long, FundingRules.SourceYear> years = new LinkedHashMap<>();
		o.sources().forEach(y -> years.put(y.id(), y));
		model.addAttribute("years", years);
		model.addAttribute("warnings", FundingWarnings.of(o, messages, locale));
		model.addAttribute("runwayChart", runwayChart(o, locale));
		model.addAttribute("types", FundingType.values());
		AssessmentSummary latest = assessments.list(id).stream().filter(a -> a.phase() == Phase.CONTINUATION)
			.findFirst().orElse(null);
		model.addAttribute("continuation", latest);
		model.addAttribute("dimensions", latest == null ? List.of()
				: assessments.results(id, latest.id(), locale).groups().stream()
					.map(g -> new DimensionScore(g.name(), g.score(), g.target())).toList());
		return "capacity/overview";
	}

	// --- team

	@GetMapping("/ateliers/{id}/capacity/team/new")
	String newMember(@PathVariable long id, Model model) {
		var form = new CapacityForms.TeamForm();
		form.setMemberId(CurrentUser.require().id());
		form.setStart(team.today().toString());
		return teamForm(id, model, form, null);
	}

	@PostMapping("/ateliers/{id}/capacity/team")
	String addMember(@PathVariable long id, @ModelAttribute("teamForm") CapacityForms.TeamForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return submit(id, result, redirect, "capacity.flash.memberAdded", () -> team.addMember(id, input(form)),
				() -> { }, () -> teamForm(id, model, form, null));
	}

	@GetMapping("/ateliers/{id}/capacity/team/{mid}/edit")
	String editMember(@PathVariable long id, @PathVariable long mid, Model model) {
		TeamMemberView m = team.member(id, mid);
		var form = new CapacityForms.TeamForm();
		form.setMemberId(m.memberId());
		form.setExternalName(m.external() ? m.personName() : null);
		form.setRole(m.role());
		form.setHoursPerWeek(m.hoursPerWeek().toPlainString());
		form.setStart(m.start().toString());
		form.setEnd(m.end() == null ? null : m.end().toString());
		form.setDeputy(m.deputy());
		form.setHandoverNotes(m.handoverNotes());
		form.setVersion(m.version());
		return teamForm(id, model, form, m);
	}

	@PostMapping("/ateliers/{id}/capacity/team/{mid}/edit")
	String updateMember(@PathVariable long id, @PathVariable long mid,
			@ModelAttribute("teamForm") CapacityForms.TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return submit(id, result, redirect, "capacity.flash.memberSaved",
				() -> team.updateMember(id, mid, form.getVersion(), input(form)),
				() -> form.setVersion(team.member(id, mid).version()), () -> teamForm(id, model, form, team.member(id, mid)));
	}

	@PostMapping("/ateliers/{id}/capacity/team/{mid}/delete")
	String removeMember(@PathVariable long id, @PathVariable long mid, @RequestParam int version,
			RedirectAttributes redirect) {
		return remove(id, redirect, "capacity.flash.memberRemoved", () -> team.removeMember(id, mid, version));
	}

	// --- skill gaps

	@GetMapping("/ateliers/{id}/capacity/gaps/new")
	String newGap(@PathVariable long id, Model model) {
		var form = new CapacityForms.GapForm();
		form.setOwnerId(CurrentUser.require().id());
		form.setDue(team.today().plusMonths(3).toString());
		return gapForm(id, model, form, null);
	}

	@PostMapping("/ateliers/{id}/capacity/gaps")
	String addGap(@PathVariable long id, @ModelAttribute("gapForm") CapacityForms.GapForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return submit(id, result, redirect, "capacity.flash.gapAdded", () -> team.addGap(id, input(form)), () -> { },
				() -> gapForm(id, model, form, null));
	}

	@GetMapping("/ateliers/{id}/capacity/gaps/{gid}/edit")
	String editGap(@PathVariable long id, @PathVariable long gid, Model model) {
		SkillGapView g = team.gap(id, gid);
		var form = new CapacityForms.GapForm();
		form.setSkill(g.skill());
		form.setPlan(g.plan());
		form.setOwnerId(g.ownerId());
		form.setDue(g.due().toString());
		form.setVersion(g.version());
		return gapForm(id, model, form, g);
	}

	@PostMapping("/ateliers/{id}/capacity/gaps/{gid}/edit")
	String updateGap(@PathVariable long id, @PathVariable long gid, @ModelAttribute("gapForm") CapacityForms.GapForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return submit(id, result, redirect, "capacity.flash.gapSaved",
				() -> team.updateGap(id, gid, form.getVersion(), input(form)),
				() -> form.setVersion(team.gap(id, gid).version()), () -> gapForm(id, model, form, team.gap(id, gid)));
	}

	@PostMapping("/ateliers/{id}/capacity/gaps/{gid}/delete")
	String removeGap(@PathVariable long id, @PathVariable long gid, @RequestParam int version,
			RedirectAttributes redirect) {
		return remove(id, redirect, "capacity.flash.gapRemoved", () -> team.removeGap(id, gid, version));
	}

	// --- funding sources

	@GetMapping("/ateliers/{id}/capacity/funding/new")
	String newSource(@PathVariable long id, Model model) {
		var form = new CapacityForms.FundingForm();
		form.setStatus(FundingStatus.COMMITTED.key());
		form.setStart(team.today().toString());
		return fundingForm(id, model, form, null);
	}

	@PostMapping("/ateliers/{id}/capacity/funding")
	String addSource(@PathVariable long id, @ModelAttribute("fundingForm") CapacityForms.FundingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return submit(id, result, redirect, "capacity.flash.sourceAdded", () -> funding.create(id, input(form)),
				() -> { }, () -> fundingForm(id, model, form, null));
	}

	@GetMapping("/ateliers/{id}/capacity/funding/{sid}/edit")
	String editSource(@PathVariable long id, @PathVariable long sid, Model model) {
		FundingSourceView s = funding.get(id, sid);
		var form = new CapacityForms.FundingForm();
		form.setType(s.type().key());
		form.setFunder(s.funder());
		form.setAmountPerYear(s.amountPerYear().toPlainString());
		form.setStart(s.start().toString());
		form.setEnd(s.end() == null ? null : s.end().toString());
		form.setStatus(s.status().key());
		form.setVersion(s.version());
		return fundingForm(id, model, form, s);
	}

	@PostMapping("/ateliers/{id}/capacity/funding/{sid}/edit")
	String updateSource(@PathVariable long id, @PathVariable long sid,
			@ModelAttribute("fundingForm") CapacityForms.FundingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return submit(id, result, redirect, "capacity.flash.sourceSaved",
				() -> funding.update(id, sid, form.getVersion(), input(form)),
				() -> form.setVersion(funding.get(id, sid).version()), () -> fundingForm(id, model, form, funding.get(id, sid)));
	}

	@PostMapping("/ateliers/{id}/capacity/funding/{sid}/delete")
	String removeSource(@PathVariable long id, @PathVariable long sid, @RequestParam int version,
			RedirectAttributes redirect) {
		return remove(id, redirect, "capacity.flash.sourceRemoved", () -> funding.delete(id, sid, version));
	}

	// --- helpers

	private String teamForm(long id, Model model, CapacityForms.TeamForm form, @Nullable TeamMemberView entry) {
		writable(id, model);
		model.addAttribute("teamForm", form);
		model.addAttribute("entry", entry);
		Map<String, String> people = new LinkedHashMap<>();
		people.put("", text("capacity.person.external"));
		for (MemberView m : members.list(id)) {
			people.put(String.valueOf(m.userId()), m.displayName());
		}
		model.addAttribute("people", people);
		List<String> roles = new ArrayList<>();
		for (String key : List.of("lead", "coordinator", "facilitator", "secretary", "analyst", "communication",
				"finance", "legal")) {
			roles.add(text("capacity.role." + key));
		}
		model.addAttribute("roleSuggestions", roles);
		return "capacity/team-form";
	}

	private String gapForm(long id, Model model, CapacityForms.GapForm form, @Nullable SkillGapView gap) {
		writable(id, model);
		model.addAttribute("gapForm", form);
		model.addAttribute("gap", gap);
		Map<String, String> owners = new LinkedHashMap<>();
		owners.put("", text("capacity.chooseOwner"));
		members.list(id).forEach(m -> owners.put(String.valueOf(m.userId()), m.displayName()));
		model.addAttribute("owners", owners);
		return "capacity/gap-form";
	}

	private String fundingForm(long id, Model model, CapacityForms.FundingForm form, @Nullable FundingSourceView source) {
		writable(id, model);
		model.addAttribute("fundingForm", form);
		model.addAttribute("source", source);
		Map<String, String> types = new LinkedHashMap<>();
		types.put("", text("capacity.chooseType"));
		for (FundingType t : FundingType.values()) {
			types.put(t.key(), text("capacity.type." + t.key()));
		}
		model.addAttribute("typeOptions", types);
		Map<String, String> statuses = new LinkedHashMap<>();
		for (FundingStatus s : FundingStatus.values()) {
			statuses.put(s.key(), text("capacity.status." + s.key()));
		}
		model.addAttribute("statusOptions", statuses);
		return "capacity/funding-form";
	}

	private String remove(long id, RedirectAttributes redirect, String doneKey, Runnable removal) {
		try {
			removal.run();
			redirect.addFlashAttribute("flash", text(doneKey));
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("flashError", text(conflict.messageKey(), conflict.args()));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flashError", text("capacity.stale"));
		}
		return "redirect:/ateliers/" + id + "/capacity";
	}

	/**
	 * Saves a form: back to the capacity page with a flash when it worked; the form again with the
	 * problems next to their fields, or with the stale-version notice and the current version, when not.
	 */
	private String submit(long id, BindingResult result, RedirectAttributes redirect, String doneKey, Runnable save,
			Runnable whenStale, Supplier<String> form) {
		try {
			save.run();
			redirect.addFlashAttribute("flash", text(doneKey));
			return "redirect:/ateliers/" + id + "/capacity";
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("capacity.staleForm");
			whenStale.run();
		}
		return form.get();
	}

	/** The runway as chart data: quarter labels and one series per type and certainty that has any money. */
	private String runwayChart(FundingRules.Outlook o, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", o.quarters().stream().map(FundingRules.Quarter::label).toList());
		List<Map<String, Object>> series = new ArrayList<>();
		for (boolean firm : new boolean[] { true, false }) {
			for (FundingType t : FundingType.values()) {
				List<BigDecimal> data = o.quarters().stream().map(q -> (firm ? q.firm() : q.expected()).get(t)).toList();
				if (data.stream().allMatch(a -> a.signum() == 0)) {
					continue;
				}
				Map<String, Object> s = new LinkedHashMap<>();
				String name = text("capacity.type." + t.key());
				s.put("label", firm ? name : text("capacity.chart.expected", name));
				s.put("type", t.key());
				s.put("kind", firm ? "firm" : "expected");
				s.put("data", data);
				series.add(s);
			}
		}
		chart.put("series", series);
		chart.put("yLabel", text("capacity.chart.euros"));
		return json.writeValueAsString(chart);
	}

	private AtelierView atelier(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return atelier;
	}

	private void writable(long id, Model model) {
		AtelierView atelier = atelier(id, model);
		if (!atelier.hasRole(AtelierRole.PARTNER) || atelier.archived()) {
			throw new AccessDeniedException("partners and coordinators only");
		}
	}

	private static TeamMemberInput input(CapacityForms.TeamForm f) {
		return TeamMemberInput.parse(f.getMemberId(), f.getExternalName(), f.getRole(), f.getHoursPerWeek(),
				f.getStart(), f.getEnd(), f.getDeputy(), f.getHandoverNotes());
	}

	private static SkillGapInput input(CapacityForms.GapForm f) {
		return SkillGapInput.parse(f.getSkill(), f.getPlan(), f.getOwnerId(), f.getDue());
	}

	private static FundingSourceInput input(CapacityForms.FundingForm f) {
		return FundingSourceInput.parse(f.getType(), f.getFunder(), f.getAmountPerYear(), f.getStart(), f.getEnd(),
				f.getStatus());
	}

	private static void bind(FieldProblem problem, BindingResult result) {
		problem.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
