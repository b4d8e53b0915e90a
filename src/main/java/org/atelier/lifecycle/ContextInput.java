package org.atelier.lifecycle;

import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;

/** A context-map entry as written; {@link #parse} names every invalid field. */
public record ContextInput(ContextDomain domain, String description, @Nullable String actors) {

	public static final int DESCRIPTION_MAX = 2000;
	public static final int ACTORS_MAX = 1000;

	public static ContextInput parse(@Nullable String domain, @Nullable String description, @Nullable String actors) {
		List<Violation> problems = new ArrayList<>();
		ContextDomain d = null;
		if (domain == null || domain.isBlank()) {
			problems.add(new Violation("domain", "lifecycle.context.domain.required"));
		}
		else {
			d = ContextDomain.parse(domain).orElse(null);
			if (d == null) {
				problems.add(new Violation("domain", "lifecycle.context.domain.invalid"));
			}
		}
		String text = Texts.trim(description);
		String who = Texts.trim(actors);
		Texts.required(problems, "lifecycle.context.", "description", text, DESCRIPTION_MAX);
		Texts.limit(problems, "lifecycle.context.", "actors", who, ACTORS_MAX);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new ContextInput(d, text, who);
	}
}
