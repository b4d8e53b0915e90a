package org.atelier.method;

import java.util.Optional;

/**
 * The five development phases of an Innovation Atelier, in order. An atelier is in exactly one
 * of them; moving between them is the lifecycle module's business.
 */
public enum Phase {

	PRECONDITIONS, ESTABLISHING, MATURING, STABILISING, CONTINUATION;

	/** The key used in data files, URLs and JSON: the lower-case name. */
	public String key() {
		return name().toLowerCase();
	}

	public static Phase fromKey(String key) {
		return valueOf(key.trim().toUpperCase());
	}

	public Optional<Phase> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	public Optional<Phase> previous() {
		return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

	/** The six building blocks apply in Establishing, Maturing and Stabilising. */
	public boolean usesBuildingBlocks() {
		return this == ESTABLISHING || this == MATURING || this == STABILISING;
	}
}
