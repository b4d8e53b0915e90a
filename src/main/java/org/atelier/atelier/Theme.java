package org.atelier.atelier;

import java.util.Locale;
import java.util.Optional;

/** The urban transition an atelier works on. */
public enum Theme {

	ENERGY, MOBILITY, CIRCULAR, OTHER;

	/** The key used in URLs and JSON: the lower-case name. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The theme named by a key or name in any letter case; empty for anything else. */
	public static Optional<Theme> parse(String text) {
		for (Theme t : values()) {
			if (t.name().equalsIgnoreCase(text.trim())) {
				return Optional.of(t);
			}
		}
		return Optional.empty();
	}
}
