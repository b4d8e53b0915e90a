package org.atelier.method;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One published version of the method (for example {@code 2026.1}) in all its languages.
 * Assessments record the version they were answered with, so older versions stay available.
 */
public final class MethodVersion {

	/** Orders versions by their numeric parts: 2025.2 before 2026.1 before 2026.10. */
	static final Comparator<String> ORDER = (a, b) -> {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			int c = Long.compare(part(x, i), part(y, i));
			if (c != 0) {
				return c;
			}
		}
		return a.compareTo(b);
	};

	private final String id;
	private final Map<String, LocalizedMethod> byLanguage;
	private final LocalizedMethod fallback;

	MethodVersion(String id, Map<String, LocalizedMethod> byLanguage) {
		this.id = id;
		this.byLanguage = Map.copyOf(byLanguage);
		this.fallback = byLanguage.get(Locale.ENGLISH.getLanguage());
	}

	private static long part(String[] parts, int i) {
		if (i >= parts.length) {
			return -1;
		}
		try {
			return Long.parseLong(parts[i]);
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	public String id() {
		return id;
	}

	/** The method in the given language; English when the language is not one the method is written in. */
	public LocalizedMethod in(Locale locale) {
		return byLanguage.getOrDefault(locale.getLanguage(), fallback);
	}

	public List<Locale> languages() {
		return byLanguage.values().stream().map(LocalizedMethod::language)
			.sorted(Comparator.comparing(Locale::getLanguage)).toList();
	}
}
