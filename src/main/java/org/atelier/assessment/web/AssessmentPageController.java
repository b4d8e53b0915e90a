package org.atelier.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.assessment.AnswerView;
import org.atelier.assessment.AssessmentResults;
import org.atelier.assessment.AssessmentService;
import org.atelier.assessment.AssessmentSheet;
import org.atelier.assessment.AssessmentSummary;
import org.atelier.assessment.ScoreTable;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment pages inside an atelier: the list with the trend per block, the answer sheet on
 * which each member gives their own answers question by question, and the results with the radar
 * chart, the per-respondent table, disagreements, targets and advice for the weakest blocks.
 */
@Controller
class AssessmentPageController {

	private final AssessmentService assessments;
	private final AtelierService ateliers;
	private final MessageSource messages;
	private final JsonMapper json;

	AssessmentPageController(AssessmentService assessments, AtelierService ateliers, MessageSource messages,
			JsonMapper json) {
		this.assessments = assessments;
		this.ateliers = ateliers;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/ateliers/{id}/assessments")
	String list(@PathVariable long id, Model model, Locale locale) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("assessments", assessments.list(id));
		model.addAttribute("phases", Phase.values());
		ScoreTable trend = assessments.trend(id, locale);
		model.addAttribute("trend", trend);
		model.addAttribute("trendChart", trend.rows().size() < 2 ? null : trendChart(trend, locale));
		return "assessment/list";
	}

	@PostMapping("/ateliers/{id}/assessments")
	String open(@PathVariable long id, @RequestParam(required = false) @Nullable String phase,
			RedirectAttributes redirect, Locale locale) {
		Phase chosen = null;
		if (phase != null && !phase.isBlank()) {
			try {
				chosen = Phase.fromKey(phase);
			}
			catch (IllegalArgumentException e) {
				throw new FieldProblem("phase", "assessment.phase.unknown", phase);
			}
		}
		AssessmentSummary opened = assessments.open(id, chosen);
		redirect.addFlashAttribute("flash", text(locale, "assessment.flash.opened"));
		return "redirect:/ateliers/" + id + "/assessments/" + opened.id();
	}

	@GetMapping("/ateliers/{id}/assessments/{aid}")
	String sheet(@PathVariable long id, @PathVariable long aid, Model model, Locale locale) {
		return sheet(id, aid, model, locale, null, null, Map.of(), false);
	}

	@PostMapping("/ateliers/{id}/assessments/{aid}/answers/{questionKey}")
	String answer(@PathVariable long id, @PathVariable long aid, @PathVariable String questionKey,
			@RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String confidence,
			@RequestParam(defaultValue = "false") boolean notApplicable,
			@RequestParam(required = false) @Nullable String reason, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String evidence,
			@RequestParam(required = false) @Nullable String version, Model model, RedirectAttributes redirect,
			Locale locale) {
		AnswerForm form = new AnswerForm(score, confidence, notApplicable, reason, note, evidence, version);
		try {
			assessments.answer(id, aid, questionKey, form.input(), form.expectedVersion());
		}
		catch (FieldProblem problem) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem.Violation v : problem.violations()) {
				errors.putIfAbsent(v.field(), messages.getMessage(v.messageKey(), v.args(), locale));
			}
			return sheet(id, aid, model, locale, questionKey, form, errors, false);
		}
		catch (OptimisticLockingFailureException stale) {
			return sheet(id, aid, model, locale, questionKey, form, Map.of(), true);
		}
		redirect.addFlashAttribute("flash", text(locale, "assessment.flash.answered"));
		return "redirect:/ateliers/" + id + "/assessments/" + aid + "#q-" + questionKey;
	}

	@PostMapping("/ateliers/{id}/assessments/{aid}/close")
	String close(@PathVariable long id, @PathVariable long aid, RedirectAttributes redirect, Locale locale) {
		assessments.close(id, aid);
		redirect.addFlashAttribute("flash", text(locale, "assessment.flash.closed"));
		return "redirect:/ateliers/" + id + "/assessments/" + aid + "/results";
	}

	@GetMapping("/ateliers/{id}/assessments/{aid}/results")
	String results(@PathVariable long id, @PathVariable long aid, Model model, Locale locale) {
		return results(id, aid, model, locale, Map.of());
	}

	@PostMapping("/ateliers/{id}/assessments/{aid}/targets")
	String targets(@PathVariable long id, @PathVariable long aid, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale) {
		AssessmentResults shown = assessments.results(id, aid, locale);
		Map<String, @Nullable Integer> levels = new LinkedHashMap<>();
		Map<String, String> errors = new HashMap<>();
		for (AssessmentResults.GroupResult g : shown.groups()) {
			String value = form.get("target-" + g.key());
			if (value == null || value.isBlank()) {
				levels.put(g.key(), null);
				continue;
			}
			try {
				levels.put(g.key(), Integer.valueOf(value.trim()));
			}
			catch (NumberFormatException e) {
				errors.put(g.key(), text(locale, "assessment.target.range"));
			}
		}
		if (errors.isEmpty()) {
			try {
				assessments.setTargets(id, levels);
			}
			catch (FieldProblem problem) {
				errors.put("", problem.violations().stream()
					.map(v -> messages.getMessage(v.messageKey(), v.args(), locale)).findFirst().orElse(""));
			}
		}
		if (!errors.isEmpty()) {
			return results(id, aid, model, locale, errors);
		}
		redirect.addFlashAttribute("flash", text(locale, "assessment.flash.targets"));
		return "redirect:/ateliers/" + id + "/assessments/" + aid + "/results";
	}

	private String results(long id, long aid, Model model, Locale locale, Map<String, String> targetErrors) {
		AssessmentResults results = assessments.results(id, aid, locale);
		var atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canFollowUp", !atelier.archived() && atelier.hasRole(org.atelier.atelier.AtelierRole.PARTNER));
		model.addAttribute("results", results);
		model.addAttribute("radarChart", radarChart(results, locale));
		model.addAttribute("targetErrors", targetErrors);
		return "assessment/results";
	}

	private String sheet(long id, long aid, Model model, Locale locale, @Nullable String failedQuestion,
			@Nullable AnswerForm entered, Map<String, String> errors, boolean stale) {
		AssessmentSheet sheet = assessments.sheet(id, aid, locale);
		Map<String, AnswerForm> forms = new HashMap<>();
		sheet.groups().forEach(g -> g.questions().forEach(q -> {
			AnswerView mine = sheet.myAnswers().get(q.key());
			forms.put(q.key(), AnswerForm.of(mine));
		}));
		if (failedQuestion != null && entered != null) {
			forms.put(failedQuestion, entered);
		}
		model.addAttribute("atelier", ateliers.view(id));
		model.addAttribute("sheet", sheet);
		model.addAttribute("forms", forms);
		model.addAttribute("failedQuestion", failedQuestion);
		model.addAttribute("errors", errors);
		model.addAttribute("stale", stale);
		int total = sheet.groups().stream().mapToInt(g -> g.questions().size()).sum();
		model.addAttribute("answeredCount", sheet.myAnswers().size());
		model.addAttribute("questionCount", total);
		return "assessment/sheet";
	}

	/** The radar chart's data: the scores, the target and the previous assessment, per group. */
	private String radarChart(AssessmentResults results, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", results.groups().stream().map(AssessmentResults.GroupResult::name).toList());
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(series(text(locale, "assessment.chart.current"), "current",
				results.groups().stream().map(AssessmentResults.GroupResult::score).toList()));
		if (results.groups().stream().anyMatch(g -> g.target() != null)) {
			series.add(series(text(locale, "assessment.chart.target"), "target",
					results.groups().stream().map(g -> g.target() == null ? null : g.target().doubleValue()).toList()));
		}
		if (results.previous() != null) {
			series.add(series(text(locale, "assessment.chart.previous"), "previous",
					results.groups().stream().map(AssessmentResults.GroupResult::previousScore).toList()));
		}
		chart.put("series", series);
		return json.writeValueAsString(chart);
	}

	private String trendChart(ScoreTable trend, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", trend.rows().stream()
			.map(r -> r.openedAt().toString().substring(0, 10) + " · " + text(locale, "atelier.phase." + r.phase()))
			.toList());
		List<Map<String, Object>> series = new ArrayList<>();
		for (int i = 0; i < trend.columns().size(); i++) {
			int column = i;
			series.add(series(trend.columns().get(i).name(), "block-" + i,
					trend.rows().stream().map(r -> r.scores().get(column)).toList()));
		}
		chart.put("series", series);
		return json.writeValueAsString(chart);
	}

	private static Map<String, Object> series(String label, String kind, List<@Nullable Double> data) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("label", label);
		s.put("kind", kind);
		s.put("data", new ArrayList<>(data));
		return s;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
