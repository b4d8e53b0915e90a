package org.atelier.hypothesis;

import java.util.Locale;
import java.util.Optional;

/** What kind of assumption a hypothesis is: whether people want it, it can be built, it pays, it can be governed, the rules allow it. */
public enum HypothesisCategory {
	DESIRABILITY, FEASIBILITY, VIABILITY, GOVERNANCE, REGULATORY;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<HypothesisCategory> parse(@org.jspecify.annotations.Nullable String text) {
		return Keys.parse(HypothesisCategory.class, text);
	}
}
