package org.atelier.learning;

import java.util.Locale;
import java.util.Optional;

/** The language a lesson is written in; it decides how its words are stemmed for search. */
public enum LessonLanguage {

	EN("english"), NL("dutch"), ES("spanish");

	private final String searchConfiguration;

	LessonLanguage(String searchConfiguration) {
		this.searchConfiguration = searchConfiguration;
	}

	/** The two-letter code stored and used in JSON. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The PostgreSQL text search configuration for this language. */
	public String searchConfiguration() {
		return searchConfiguration;
	}

	public static Optional<LessonLanguage> parse(String code) {
		for (LessonLanguage l : values()) {
			if (l.name().equalsIgnoreCase(code.trim())) {
				return Optional.of(l);
			}
		}
		return Optional.empty();
	}
}
