package org.atelier.capacity;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How certain a funding source is. Expected money is hoped for; committed money is promised in
 * writing; received money is on the atelier's account. Only committed and received money count
 * as firm for the warnings.
 */
public enum FundingStatus {

	EXPECTED, COMMITTED, RECEIVED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean firm() {
		return this != EXPECTED;
	}

	public static Optional<FundingStatus> parse(@Nullable String text) {
		return Keys.parse(FundingStatus.class, text);
	}
}
