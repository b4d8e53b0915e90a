package org.atelier.lifecycle;

import java.util.List;

import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;

/** How the workbench's inputs treat text: trimmed, blank as absent, length-checked by field. */
final class Texts {

	private Texts() {
	}

	static @Nullable String trim(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.isEmpty() ? null : t;
	}

	static void required(List<Violation> problems, String prefix, String field, @Nullable String value, int max) {
		if (value == null) {
			problems.add(new Violation(field, prefix + field + ".required"));
		}
		limit(problems, prefix, field, value, max);
	}

	static void limit(List<Violation> problems, String prefix, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new Violation(field, prefix + field + ".tooLong", max));
		}
	}
}
