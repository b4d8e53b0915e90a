package org.atelier.activity;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a follow-up action stands. Open and in-progress actions count as pending (and can become
 * overdue); done and dropped close it, dropped only with a reason. A closed action can be reopened.
 */
public enum ActionStatus {
	OPEN, IN_PROGRESS, DONE, DROPPED;

	public boolean pending() {
		return this == OPEN || this == IN_PROGRESS;
	}

	/** The key used in URLs, JSON and message keys: {@code open}, {@code in-progress}, {@code done}, {@code dropped}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<ActionStatus> parse(String text) {
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
}
