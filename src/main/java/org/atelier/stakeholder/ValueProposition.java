package org.atelier.stakeholder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.shared.FieldProblem;
import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a partner organisation gains from the atelier (its motivations, the value it expects in
 * the short and the long term) and expects of it, and whether those expectations are aligned with
 * the atelier's course. Part of the {@link Stakeholder} aggregate; motivations are stored as a
 * comma-separated list of keys.
 */
@Table("stakeholder_value")
public record ValueProposition(String motivations, @Nullable String motivationOther, @Nullable String shortTermValue,
		@Nullable String longTermValue, @Nullable String expectations, boolean aligned,
		@Nullable String alignmentNote) {

	static final int TEXT_MAX = 2000;
	static final int NOTE_MAX = 1000;

	/** The motivations in declaration order. */
	public Set<Motivation> motivationSet() {
		Set<Motivation> set = EnumSet.noneOf(Motivation.class);
		Arrays.stream(motivations.split(",")).map(String::trim).filter(s -> !s.isEmpty())
			.forEach(k -> Keyed.parse(Motivation.class, k).ifPresent(set::add));
		return set;
	}

	/** Builds the proposition from what a form or a JSON body sends, naming every invalid field. */
	public static ValueProposition parse(@Nullable Collection<String> motivations, @Nullable String motivationOther,
			@Nullable String shortTermValue, @Nullable String longTermValue, @Nullable String expectations,
			@Nullable Boolean aligned, @Nullable String alignmentNote) {
		List<Violation> problems = new ArrayList<>();
		Set<Motivation> chosen = EnumSet.noneOf(Motivation.class);
		for (String m : motivations == null ? List.<String>of() : motivations) {
			Keyed.parse(Motivation.class, m).ifPresentOrElse(chosen::add,
					() -> problems.add(new Violation("motivations", "stakeholder.value.motivations.invalid")));
		}
		if (chosen.isEmpty() && problems.isEmpty()) {
			problems.add(new Violation("motivations", "stakeholder.value.motivations.required"));
		}
		String other = trim(motivationOther);
		if (chosen.contains(Motivation.OTHER) && other == null) {
			problems.add(new Violation("motivationOther", "stakeholder.value.motivationOther.required"));
		}
		check("motivationOther", other, 200, problems);
		check("shortTermValue", trim(shortTermValue), TEXT_MAX, problems);
		check("longTermValue", trim(longTermValue), TEXT_MAX, problems);
		check("expectations", trim(expectations), TEXT_MAX, problems);
		check("alignmentNote", trim(alignmentNote), NOTE_MAX, problems);
		if (aligned == null) {
			problems.add(new Violation("aligned", "stakeholder.value.aligned.required"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new ValueProposition(chosen.stream().map(Motivation::key).collect(Collectors.joining(",")),
				chosen.contains(Motivation.OTHER) ? other : null, trim(shortTermValue), trim(longTermValue),
				trim(expectations), aligned, trim(alignmentNote));
	}

	private static void check(String field, @Nullable String value, int max, List<Violation> problems) {
		if (value != null && value.length() > max) {
			problems.add(new Violation(field, "stakeholder.value." + field + ".tooLong", max));
		}
	}

	private static @Nullable String trim(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.isEmpty() ? null : t;
	}
}
