package org.atelier.stakeholder;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step in an organisation's commitment history: the status it moved to, when, who recorded
 * it (their id and the name shown at the time) and why. Part of the {@link Stakeholder} aggregate.
 */
@Table("stakeholder_commitment")
record CommitmentChange(int seq, CommitmentStatus status, @Nullable String note, OffsetDateTime changedAt,
		@Nullable Long changedById, String changedByName) {

	CommitmentEntry entry() {
		return new CommitmentEntry(status, note, changedAt.toInstant(), changedByName);
	}
}
