package org.atelier.activity;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a session's minutes stand: a draft the facilitator or secretary writes; circulated, when
 * participants comment or propose amendments; approved, when they are frozen and only dated
 * addenda can follow.
 */
public enum MinutesStatus {
	DRAFT, CIRCULATED, APPROVED;

	public boolean editable() {
		return this != APPROVED;
	}

	/** Draft → circulated; circulated → approved, or back to draft for rework. Approved is final. */
	public boolean canMoveTo(MinutesStatus target) {
		return this == DRAFT && target == CIRCULATED || this == CIRCULATED && (target == APPROVED || target == DRAFT);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<MinutesStatus> parse(String text) {
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
