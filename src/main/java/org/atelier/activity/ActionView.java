package org.atelier.activity;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up action as lists and pages show it, with the owner's name and the title and page of
 * the record it comes from; {@code overdue} is decided against today's date when it was read.
 */
public record ActionView(long id, long atelierId, String atelierName, String title, @Nullable String description,
		long ownerId, String ownerName, LocalDate due, ActionStatus status, @Nullable String dropReason,
		String originKind, long originId, @Nullable String originTitle, @Nullable String originPath, Instant createdAt,
		@Nullable Instant completedAt, int version, boolean overdue) {
}
