package org.atelier.learning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.atelier.Theme;
import org.atelier.learning.LessonBook;
import org.atelier.learning.Filters;
import org.atelier.learning.LessonFilter;
import org.atelier.learning.LessonLanguage;
import org.atelier.learning.LessonView;
import org.atelier.learning.Visibility;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.atelier.shared.ConflictException;
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
 * The lessons pages: the search across every lesson the reader may see, a lesson's page (where a
 * coordinator of another atelier marks it as applied), an atelier's own lessons with the forms to
 * record and revise them, and the public summaries that need no sign-in.
 */
@Controller
class LessonPages {

	private final LessonBook lessons;
	private final AtelierService ateliers;
	private final MessageSource messages;

	LessonPages(LessonBook lessons, AtelierService ateliers, MessageSource messages) {
		this.lessons = lessons;
		this.ateliers = ateliers;
		this.messages = messages;
	}

	@GetMapping("/lessons")
	String search(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String phase,
			@RequestParam(required = false) @Nullable String block, @RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String city, Model model) {
		LessonFilter filter = Filters.parse(q, phase, block, theme, city);
		model.addAttribute("result", lessons.search(filter));
		model.addAttribute("q", filter.query());
		model.addAttribute("phase", filter.phase() == null ? "" : filter.phase().key());
		model.addAttribute("block", filter.block() == null ? "" : filter.block().key());
		model.addAttribute("theme", filter.theme() == null ? "" : filter.theme().name());
		model.addAttribute("city", filter.city() == null ? "" : filter.city());
		model.addAttribute("phases", phaseOptions(true));
		model.addAttribute("blockOptions", blockOptions(true));
		model.addAttribute("themes", themeOptions(true));
		return "learning/search";
	}

	@GetMapping("/lessons/{lid}")
	String lesson(@PathVariable long lid, Model model) {
		LessonView lesson = lessons.read(lid);
		model.addAttribute("lesson", lesson);
		model.addAttribute("applicable", lessons.applicableAteliers(lid));
		return "learning/lesson";
	}

	@PostMapping("/lessons/{lid}/applied")
	String applied(@PathVariable long lid, @RequestParam(required = false) @Nullable Long atelier, Model model,
			RedirectAttributes redirect) {
		lessons.read(lid);
		if (atelier == null) {
			redirect.addFlashAttribute("flash", text("learning.applied.choose"));
			return "redirect:/lessons/" + lid;
		}
		try {
			LessonView marked = lessons.markApplied(lid, atelier);
			redirect.addFlashAttribute("flash", text("learning.flash.applied", marked.title()));
		}
		catch (ConflictException refused) {
			redirect.addFlashAttribute("flash", text(refused.messageKey(), refused.args()));
		}
		return "redirect:/lessons/" + lid;
	}

	@GetMapping("/public/lessons")
	String publicLessons(Model model) {
		model.addAttribute("lessons", lessons.publicLessons());
		return "learning/public";
	}

	@GetMapping("/ateliers/{id}/lessons")
	String list(@PathVariable long id, Model model) {
		atelier(id, model);
		model.addAttribute("lessons", lessons.list(id));
		return "learning/list";
	}

	@GetMapping("/ateliers/{id}/lessons/new")
	String newForm(@PathVariable long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		requireWriter(atelier);
		String language = LocaleContextHolder.getLocale().getLanguage();
		model.addAttribute("lessonForm", LessonForm.blank(atelier.phase().key(), atelier.theme().name(), atelier.city(),
				LessonLanguage.parse(language).orElse(LessonLanguage.EN).code()));
		return form(id, null, model);
	}

	@PostMapping("/ateliers/{id}/lessons")
	String create(@PathVariable long id, @ModelAttribute LessonForm lessonForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireWriter(ateliers.view(id));
		try {
			LessonView created = lessons.create(id, lessonForm.toInput());
			redirect.addFlashAttribute("flash", text("learning.flash.created", created.title()));
			return "redirect:/ateliers/" + id + "/lessons/" + created.id();
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return form(id, null, model);
	}

	@GetMapping("/ateliers/{id}/lessons/{lid}")
	String detail(@PathVariable long id, @PathVariable long lid, Model model) {
		atelier(id, model);
		model.addAttribute("lesson", lessons.view(id, lid));
		if (lessons.decisionsLinkable()) {
			model.addAttribute("decisions", lessons.decisionCandidates(id));
		}
		return "learning/detail";
	}

	@GetMapping("/ateliers/{id}/lessons/{lid}/edit")
	String editForm(@PathVariable long id, @PathVariable long lid, Model model) {
		requireWriter(ateliers.view(id));
		LessonView lesson = lessons.view(id, lid);
		model.addAttribute("lessonForm", LessonForm.of(lesson));
		return form(id, lesson, model);
	}

	@PostMapping("/ateliers/{id}/lessons/{lid}/edit")
	String edit(@PathVariable long id, @PathVariable long lid, @ModelAttribute LessonForm lessonForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireWriter(ateliers.view(id));
		try {
			int version = lessonForm.getVersion() == null ? -1 : lessonForm.getVersion();
			LessonView saved = lessons.update(id, lid, version, lessonForm.toInput());
			redirect.addFlashAttribute("flash", text("learning.flash.saved", saved.title()));
			return "redirect:/ateliers/" + id + "/lessons/" + lid;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			LessonView theirs = lessons.view(id, lid);
			result.reject("form.stale");
			lessonForm.setVersion(theirs.version());
			model.addAttribute("theirs", theirs);
		}
		return form(id, lessons.view(id, lid), model);
	}

	@PostMapping("/ateliers/{id}/lessons/{lid}/delete")
	String delete(@PathVariable long id, @PathVariable long lid, @RequestParam(required = false) @Nullable Integer version,
			RedirectAttributes redirect) {
		requireWriter(ateliers.view(id));
		LessonView lesson = lessons.view(id, lid);
		lessons.delete(id, lid, version == null ? lesson.version() : version);
		redirect.addFlashAttribute("flash", text("learning.flash.deleted", lesson.title()));
		return "redirect:/ateliers/" + id + "/lessons";
	}

	@PostMapping("/ateliers/{id}/lessons/{lid}/decisions")
	String linkDecision(@PathVariable long id, @PathVariable long lid, @RequestParam(required = false) @Nullable Long decision,
			RedirectAttributes redirect) {
		requireWriter(ateliers.view(id));
		lessons.view(id, lid);
		try {
			if (decision == null) {
				throw new FieldProblem("decision", "learning.decision.unknown");
			}
			lessons.linkDecision(id, lid, decision);
			redirect.addFlashAttribute("flash", text("learning.flash.decisionLinked"));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("flash", text(problem.violations().getFirst().messageKey()));
		}
		return "redirect:/ateliers/" + id + "/lessons/" + lid;
	}

	private static void requireWriter(AtelierView atelier) {
		if (!atelier.hasRole(AtelierRole.PARTNER)) {
			throw new org.springframework.security.access.AccessDeniedException("needs role PARTNER");
		}
		if (atelier.archived()) {
			throw new ConflictException("atelier.archived");
		}
	}

	private String form(long id, @Nullable LessonView lesson, Model model) {
		atelier(id, model);
		model.addAttribute("lesson", lesson);
		model.addAttribute("phases", phaseOptions(false));
		model.addAttribute("blockOptions", blockOptions(false));
		model.addAttribute("themes", themeOptions(false));
		Map<String, String> visibilities = new LinkedHashMap<>();
		for (Visibility v : Visibility.values()) {
			visibilities.put(v.name(), text("learning.visibility." + v.name()));
		}
		model.addAttribute("visibilities", visibilities);
		Map<String, String> languages = new LinkedHashMap<>();
		for (LessonLanguage l : LessonLanguage.values()) {
			languages.put(l.code(), text("learning.language." + l.code()));
		}
		model.addAttribute("languages", languages);
		return "learning/form";
	}

	private AtelierView atelier(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canEdit", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return atelier;
	}

	private Map<String, String> phaseOptions(boolean any) {
		Map<String, String> options = new LinkedHashMap<>();
		if (any) {
			options.put("", text("learning.filter.any"));
		}
		for (Phase p : Phase.values()) {
			options.put(p.key(), text("learning.phase." + p.key()));
		}
		return options;
	}

	private Map<String, String> blockOptions(boolean any) {
		Map<String, String> options = new LinkedHashMap<>();
		if (any) {
			options.put("", text("learning.filter.any"));
		}
		for (BuildingBlock b : BuildingBlock.values()) {
			options.put(b.key(), text("learning.block." + b.key()));
		}
		return options;
	}

	private Map<String, String> themeOptions(boolean any) {
		Map<String, String> options = new LinkedHashMap<>();
		if (any) {
			options.put("", text("learning.filter.any"));
		}
		for (Theme t : Theme.values()) {
			options.put(t.name(), text("learning.theme." + t.key()));
		}
		return options;
	}

	private static void bind(FieldProblem problem, BindingResult result) {
		for (FieldProblem.Violation v : problem.violations()) {
			result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
		}
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, locale);
	}

}
