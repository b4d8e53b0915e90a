package org.atelier.learning;

import java.util.List;
import java.util.Map;

/**
 * The lessons a search found among those the reader may see, best first, with counts per city and
 * theme (the facets) over the same visible results.
 */
public record SearchResult(List<LessonHit> hits, Map<String, Long> cities, Map<String, Long> themes) {

	public int total() {
		return hits.size();
	}
}
