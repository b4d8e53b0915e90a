package org.atelier.stakeholder;

import org.jspecify.annotations.Nullable;

/** A directed relation: {@code fromName} {@code kind} {@code toName}, for example "Grid operator supplies data to City". */
public record RelationView(long id, long fromId, String fromName, RelationKind kind, long toId, String toName,
		@Nullable String note) {
}
