package org.atelier.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One revision of an atelier's vision, mission and strategy as people read it: who wrote it and
 * when, its first-year objectives and the endorsements it received.
 */
public record StatementView(int revision, @Nullable String vision, @Nullable String mission,
		@Nullable String strategy, String authorUsername, String authorName, Instant createdAt,
		List<ObjectiveView> objectives, List<EndorsementView> endorsements) {

	public StatementView {
		objectives = List.copyOf(objectives);
		endorsements = List.copyOf(endorsements);
	}

	/** A first-year objective; the owner is empty when none was named. */
	public record ObjectiveView(String objective, @Nullable String measure, @Nullable String ownerUsername,
			@Nullable String ownerName, @Nullable LocalDate dueDate) {
	}

	/** Who endorsed the revision, for which organisation, and when. */
	public record EndorsementView(String username, String displayName, String organisation, Instant endorsedAt) {
	}
}
