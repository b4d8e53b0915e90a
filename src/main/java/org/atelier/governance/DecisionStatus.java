package org.atelier.governance;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a decision stands. Only a proposal can be edited, accepted or rejected; an accepted
 * decision is never edited again, only superseded by a new one; rejected and superseded are final.
 */
public enum DecisionStatus {
	PROPOSED, ACCEPTED, REJECTED, SUPERSEDED;

	public boolean editable() {
		return this == PROPOSED;
	}

	public boolean decidable() {
		return this == PROPOSED;
	}

	public boolean supersedable() {
		return this == ACCEPTED;
	}

	public static Optional<DecisionStatus> parse(String text) {
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

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
