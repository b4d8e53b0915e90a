package org.atelier.lifecycle;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of an atelier's phase timeline: the phase it entered, when, and the gate review that
 * decided it (none for the entry into Preconditions at the atelier's founding).
 */
public record PhaseEntry(org.atelier.method.Phase phase, Instant enteredAt, @Nullable Long gateReviewId,
		@Nullable GateDecision decision, boolean override) {
}
