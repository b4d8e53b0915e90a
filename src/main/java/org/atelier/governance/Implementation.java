package org.atelier.governance;

import java.util.Locale;
import java.util.Optional;

/** How far an accepted decision has been carried out. */
public enum Implementation {
	NOT_STARTED, IN_PROGRESS, DONE;

	public static Optional<Implementation> parse(String text) {
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

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
