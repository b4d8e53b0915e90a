package org.atelier.lifecycle;

import java.util.Locale;
import java.util.Optional;

/** What a gate review decides: move on to the next phase, stay, or go back to an earlier one. */
public enum GateDecision {

	ADVANCE, HOLD, RETURN;

	public static Optional<GateDecision> parse(String text) {
		for (GateDecision d : values()) {
			if (d.name().equalsIgnoreCase(text.strip())) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
