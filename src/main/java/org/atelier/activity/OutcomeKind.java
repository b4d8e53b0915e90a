package org.atelier.activity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a session produced. Information is only recorded; when the minutes are approved a decision
 * goes into the decision log (where the governance module is present) and an action becomes a
 * follow-up action with its owner and due date.
 */
public enum OutcomeKind {
	INFORMATION, DECISION, ACTION;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<OutcomeKind> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
