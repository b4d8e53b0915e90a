package org.atelier.hypothesis;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One change of status: from what (null for the first entry), to what, when, by whom and why. */
public record StatusEntry(@Nullable HypothesisStatus from, HypothesisStatus to, Instant at, String by,
		@Nullable String note) {
}
