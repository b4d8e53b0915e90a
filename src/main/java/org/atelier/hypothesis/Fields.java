package org.atelier.hypothesis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;

/** Checks of raw field text shared by this module's inputs; each adds a violation instead of throwing. */
final class Fields {

	private Fields() {
	}

	static @Nullable String optional(@Nullable String value, String field, int max, List<Violation> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			problems.add(new Violation(field, "hypothesis.tooLong", max));
		}
		return clean;
	}

	static @Nullable String required(@Nullable String value, String field, int max, List<Violation> problems) {
		String clean = optional(value, field, max, problems);
		if (clean == null) {
			problems.add(new Violation(field, "hypothesis." + field + ".required"));
		}
		return clean;
	}

	/** A whole number within [min, max]; blank gives {@code fallback} (null: required). */
	static @Nullable Integer number(@Nullable String value, String field, int min, int max, @Nullable Integer fallback,
			List<Violation> problems) {
		if (value == null || value.isBlank()) {
			if (fallback == null) {
				problems.add(new Violation(field, "hypothesis." + field + ".required"));
			}
			return fallback;
		}
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(new Violation(field, "hypothesis.range", min, max));
		return fallback;
	}

	static @Nullable LocalDate date(@Nullable String text, String field, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(new Violation(field, "hypothesis.date.invalid"));
			return null;
		}
	}
}
