package org.atelier.capacity;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Where money for an atelier comes from. */
public enum FundingType {

	MUNICIPAL_BUDGET, PROGRAMME_FUNDING, PUBLIC_PRIVATE_PARTNERSHIP, SERVICE_CONTRIBUTIONS, IN_KIND;

	/** The key used in URLs, JSON and message keys, e.g. {@code programme-funding}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Accepts the key or the constant's name, in any case. */
	public static Optional<FundingType> parse(@Nullable String text) {
		return Keys.parse(FundingType.class, text);
	}
}
