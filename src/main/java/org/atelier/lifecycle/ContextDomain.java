package org.atelier.lifecycle;

import java.util.Optional;

/** The four domains whose interdependencies shape an urban challenge, as the context map sorts them. */
public enum ContextDomain {

	TECHNICAL, GOVERNANCE, MARKET, SOCIAL;

	public static Optional<ContextDomain> parse(String text) {
		for (ContextDomain d : values()) {
			if (d.name().equalsIgnoreCase(text.strip())) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}
}
