package org.atelier.atelier;

import java.util.Locale;
import java.util.Optional;

/**
 * A member's role in one atelier. The declaration order is the one ordering of roles: each role
 * may do everything the roles before it may. Observers read; partners also change what they own;
 * coordinators change everything, including who is a member.
 */
public enum AtelierRole {

	OBSERVER, PARTNER, COORDINATOR;

	/** Whether this role is at least as strong as {@code minimum}. */
	public boolean includes(AtelierRole minimum) {
		return compareTo(minimum) >= 0;
	}

	/** The key used in URLs and JSON: the lower-case name. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role named by a key or name in any letter case; empty for anything else. */
	public static Optional<AtelierRole> parse(String text) {
		for (AtelierRole r : values()) {
			if (r.name().equalsIgnoreCase(text.trim())) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}
}
