package org.atelier.learning;

import org.atelier.atelier.Theme;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;

/** What a search asks for: words (may be empty) and optional filters. */
public record LessonFilter(String query, @Nullable Phase phase, @Nullable BuildingBlock block, @Nullable Theme theme,
		@Nullable String city) {

	public LessonFilter {
		query = query == null ? "" : query.strip();
		city = city == null || city.isBlank() ? null : city.strip();
	}

	public static LessonFilter words(String query) {
		return new LessonFilter(query, null, null, null, null);
	}
}
