package org.atelier.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.atelier.atelier.Theme;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;

/**
 * A lesson as a reader sees it, with the name of its atelier, the ateliers that reused it and the
 * decisions it informed. {@code version} is what an edit must send back.
 */
public record LessonView(long id, long atelierId, String atelierName, String title, String summary,
		@Nullable String context, @Nullable String whatHappened, @Nullable String insight,
		@Nullable String recommendation, Phase phase, Set<BuildingBlock> blocks, Theme theme, String city,
		List<String> tags, Visibility visibility, LessonLanguage language, LocalDate date, String authorName,
		int version, List<Applied> appliedIn, List<Long> decisionIds) {

	/** An atelier that reused the lesson. */
	public record Applied(long atelierId, String atelierName, String markedBy) {
	}

	public String tagText() {
		return String.join(", ", tags);
	}
}
