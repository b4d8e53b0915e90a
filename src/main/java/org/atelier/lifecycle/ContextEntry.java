package org.atelier.lifecycle;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One interdependency on the atelier's context map: its domain, what it is and who is involved. */
public record ContextEntry(long id, ContextDomain domain, String description, @Nullable String actors, int version,
		Instant updatedAt) {
}
