package org.atelier.capacity;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Reads an enum constant from its key ({@code in-kind}) or name ({@code IN_KIND}), ignoring case. */
final class Keys {

	private Keys() {
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name)) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}
}
