package org.atelier.governance;

import java.util.Locale;
import java.util.Optional;

/** The roles of the method's governance: who facilitates, chairs, decides, coordinates and keeps the record. */
public enum RoleKind {
	FACILITATOR, CHAIR, DECISION_MAKER, COORDINATOR, SECRETARY, CUSTOM;

	/** Accepts {@code decision-maker}, {@code DECISION_MAKER} and the like. */
	public static Optional<RoleKind> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The API's spelling: lower case with dashes. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
