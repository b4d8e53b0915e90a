package org.atelier.learning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.atelier.atelier.Theme;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A lesson as written in a form or sent to the API, checked. {@link #parse} turns raw text into it
 * and reports every invalid field at once. City and date may be left out: the atelier's city and
 * today take their place.
 */
public record LessonInput(String title, String summary, @Nullable String context, @Nullable String whatHappened,
		@Nullable String insight, @Nullable String recommendation, Phase phase, Set<BuildingBlock> blocks, Theme theme,
		@Nullable String city, List<String> tags, Visibility visibility, LessonLanguage language,
		@Nullable LocalDate date) {

	public static final int TITLE_MAX = 200;
	public static final int SUMMARY_MAX = 1000;
	public static final int TEXT_MAX = 8000;
	public static final int TAGS_MAX = 500;

	public LessonInput {
		blocks = Set.copyOf(blocks);
		tags = List.copyOf(tags);
	}

	public static LessonInput parse(@Nullable String title, @Nullable String summary, @Nullable String context,
			@Nullable String whatHappened, @Nullable String insight, @Nullable String recommendation,
			@Nullable String phase, @Nullable List<String> blocks, @Nullable String theme, @Nullable String city,
			@Nullable String tags, @Nullable String visibility, @Nullable String language, @Nullable String date) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String cleanTitle = required(title, "title", TITLE_MAX, problems);
		String cleanSummary = required(summary, "summary", SUMMARY_MAX, problems);
		String cleanContext = optional(context, "context", TEXT_MAX, problems);
		String cleanHappened = optional(whatHappened, "whatHappened", TEXT_MAX, problems);
		String cleanInsight = optional(insight, "insight", TEXT_MAX, problems);
		String cleanRecommendation = optional(recommendation, "recommendation", TEXT_MAX, problems);
		Phase parsedPhase = null;
		if (blank(phase)) {
			problems.add(new FieldProblem.Violation("phase", "learning.phase.required"));
		}
		else {
			try {
				parsedPhase = Phase.fromKey(phase);
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem.Violation("phase", "learning.phase.invalid"));
			}
		}
		Set<BuildingBlock> parsedBlocks = new LinkedHashSet<>();
		for (String b : blocks == null ? List.<String>of() : blocks) {
			if (blank(b)) {
				continue;
			}
			try {
				parsedBlocks.add(BuildingBlock.fromKey(b));
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem.Violation("blocks", "learning.block.invalid"));
			}
		}
		Theme parsedTheme = blank(theme) ? null : Theme.parse(theme).orElse(null);
		if (parsedTheme == null) {
			problems.add(new FieldProblem.Violation("theme", blank(theme) ? "learning.theme.required" : "learning.theme.invalid"));
		}
		String cleanCity = optional(city, "city", 120, problems);
		List<String> parsedTags = new ArrayList<>();
		if (!blank(tags)) {
			if (tags.length() > TAGS_MAX) {
				problems.add(new FieldProblem.Violation("tags", "learning.tags.tooLong", TAGS_MAX));
			}
			for (String t : tags.split(",")) {
				String tag = t.strip();
				if (!tag.isEmpty() && !parsedTags.contains(tag)) {
					parsedTags.add(tag);
				}
			}
		}
		Visibility parsedVisibility = null;
		if (blank(visibility)) {
			problems.add(new FieldProblem.Violation("visibility", "learning.visibility.required"));
		}
		else {
			try {
				parsedVisibility = Visibility.valueOf(visibility.trim().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem.Violation("visibility", "learning.visibility.invalid"));
			}
		}
		LessonLanguage parsedLanguage = blank(language) ? null : LessonLanguage.parse(language).orElse(null);
		if (parsedLanguage == null) {
			problems.add(new FieldProblem.Violation("language",
					blank(language) ? "learning.language.required" : "learning.language.invalid"));
		}
		LocalDate parsedDate = null;
		if (!blank(date)) {
			try {
				parsedDate = LocalDate.parse(date.trim());
			}
			catch (DateTimeParseException e) {
				problems.add(new FieldProblem.Violation("date", "learning.date.invalid"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new LessonInput(cleanTitle, cleanSummary, cleanContext, cleanHappened, cleanInsight, cleanRecommendation,
				parsedPhase, parsedBlocks, parsedTheme, cleanCity, parsedTags, parsedVisibility, parsedLanguage, parsedDate);
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static String required(@Nullable String value, String field, int max, List<FieldProblem.Violation> problems) {
		if (blank(value)) {
			problems.add(new FieldProblem.Violation(field, "learning." + field + ".required"));
			return "";
		}
		return optional(value, field, max, problems);
	}

	private static @Nullable String optional(@Nullable String value, String field, int max,
			List<FieldProblem.Violation> problems) {
		if (blank(value)) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			problems.add(new FieldProblem.Violation(field, "learning.text.tooLong", max));
		}
		return clean;
	}
}
