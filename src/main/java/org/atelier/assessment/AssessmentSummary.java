package org.atelier.assessment;

import java.time.Instant;

import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;

/**
 * An assessment in a list. {@code stale} marks one that is older than six months or belongs to
 * a phase the atelier has already left: its picture of the atelier may no longer hold.
 */
public record AssessmentSummary(long id, long atelierId, Phase phase, String methodVersion, boolean closed,
		Instant openedAt, @Nullable Instant closedAt, int respondents, boolean stale) {
}
