package org.atelier.hypothesis;

import java.util.Locale;
import java.util.Optional;

/** Whether a piece of evidence speaks for or against a hypothesis. */
public enum EvidenceDirection {
	SUPPORTS, CONTRADICTS;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<EvidenceDirection> parse(@org.jspecify.annotations.Nullable String text) {
		return Keys.parse(EvidenceDirection.class, text);
	}
}
