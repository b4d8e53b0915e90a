package org.atelier.atelier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator fills in about an atelier (everything but its phase, which only changes
 * through the lifecycle). Texts are trimmed and blanks become empty; a record that breaks a rule
 * is never built: the constructor throws a {@link FieldProblem} naming every invalid field.
 */
public record AtelierInput(String name, String city, @Nullable String district, Theme theme,
		@Nullable String challenge, @Nullable String description, @Nullable LocalDate startDate) {

	public static final int NAME_MAX = 120;
	public static final int CITY_MAX = 120;
	public static final int DISTRICT_MAX = 120;
	public static final int CHALLENGE_MAX = 200;
	public static final int DESCRIPTION_MAX = 4000;

	public AtelierInput {
		name = trim(name);
		city = trim(city);
		district = trim(district);
		challenge = trim(challenge);
		description = trim(description);
		List<Violation> problems = check(name, city, district, challenge, description);
		if (theme == null) {
			problems.add(new Violation("theme", "atelier.theme.required"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
	}

	/**
	 * Builds the input from text as a form or a JSON body sends it, reporting unreadable themes
	 * and dates together with every other invalid field.
	 */
	public static AtelierInput parse(@Nullable String name, @Nullable String city, @Nullable String district,
			@Nullable String theme, @Nullable String challenge, @Nullable String description,
			@Nullable String startDate) {
		List<Violation> problems = check(trim(name), trim(city), trim(district), trim(challenge), trim(description));
		Theme parsedTheme = null;
		if (trim(theme) == null) {
			problems.add(new Violation("theme", "atelier.theme.required"));
		}
		else {
			parsedTheme = Theme.parse(theme).orElse(null);
			if (parsedTheme == null) {
				problems.add(new Violation("theme", "atelier.theme.invalid"));
			}
		}
		LocalDate parsedDate = null;
		if (trim(startDate) != null) {
			try {
				parsedDate = LocalDate.parse(startDate.trim());
			}
			catch (DateTimeParseException e) {
				problems.add(new Violation("startDate", "atelier.startDate.invalid"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new AtelierInput(name, city, district, parsedTheme, challenge, description, parsedDate);
	}

	private static List<Violation> check(@Nullable String name, @Nullable String city, @Nullable String district,
			@Nullable String challenge, @Nullable String description) {
		List<Violation> problems = new ArrayList<>();
		required(problems, "name", name, NAME_MAX);
		required(problems, "city", city, CITY_MAX);
		limit(problems, "district", district, DISTRICT_MAX);
		limit(problems, "challenge", challenge, CHALLENGE_MAX);
		limit(problems, "description", description, DESCRIPTION_MAX);
		return problems;
	}

	private static void required(List<Violation> problems, String field, @Nullable String value, int max) {
		if (value == null) {
			problems.add(new Violation(field, "atelier." + field + ".required"));
		}
		limit(problems, field, value, max);
	}

	private static void limit(List<Violation> problems, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new Violation(field, "atelier." + field + ".tooLong", max));
		}
	}

	private static @Nullable String trim(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}
}
