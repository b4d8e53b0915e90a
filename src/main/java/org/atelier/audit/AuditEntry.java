package org.atelier.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One recorded change as the history shows it. */
public record AuditEntry(long id, @Nullable Long atelierId, String entityType, String entityId, AuditAction action,
		@Nullable Long actorId, String actorUsername, Instant occurredAt, List<FieldChange> changes) {
}
