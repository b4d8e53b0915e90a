package org.atelier.shared.web;

import java.util.List;
import java.util.Locale;

/** The languages Atelier is written in, and how a browser's preference maps onto them. */
public final class SupportedLocales {

	public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.of("nl"), Locale.of("es"));

	private SupportedLocales() {
	}

	public static boolean isSupported(String tag) {
		return ALL.stream().anyMatch(l -> l.getLanguage().equalsIgnoreCase(Locale.forLanguageTag(tag).getLanguage()));
	}

	/** The best supported language for an Accept-Language header; English when none fits. */
	public static Locale bestMatch(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			var ranges = Locale.LanguageRange.parse(acceptLanguage);
			Locale match = Locale.lookup(ranges, ALL);
			if (match != null) {
				return match;
			}
			for (var range : ranges) {
				String language = range.getRange().split("-")[0];
				for (Locale l : ALL) {
					if (l.getLanguage().equalsIgnoreCase(language)) {
						return l;
					}
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			// a malformed header is treated as no preference
		}
		return Locale.ENGLISH;
	}
}
