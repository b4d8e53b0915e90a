package org.atelier.governance;

import java.util.Optional;

/** Responsible (does the work), Accountable (answers for it; exactly one), Consulted, Informed. */
public enum RaciLetter {
	R, A, C, I;

	public static Optional<RaciLetter> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.trim().toUpperCase(java.util.Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
