package org.atelier.hypothesis;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Reads the lower-case (API) or upper-case (form) spelling of this module's enums. */
final class Keys {

	private Keys() {
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, text.trim().replace('-', '_').toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
