package org.atelier.stakeholder;

import java.util.Locale;
import java.util.Optional;

/**
 * A coded value of the register as it travels in URLs, JSON and CSV: the lower-case name with
 * hyphens ({@code COMMUNITY_GROUP} → {@code community-group}). Reading accepts the key or the
 * enum name in any letter case.
 */
public interface Keyed {

	String name();

	default String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E> & Keyed> Optional<E> parse(Class<E> type, @org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.trim().replace('-', '_');
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(wanted)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}
}
