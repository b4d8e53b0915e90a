package org.atelier.stakeholder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One dated, attributed step of an organisation's commitment history, as pages and the API show it. */
public record CommitmentEntry(CommitmentStatus status, @Nullable String note, Instant changedAt, String changedBy) {
}
