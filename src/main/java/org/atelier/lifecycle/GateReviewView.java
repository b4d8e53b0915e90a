package org.atelier.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;

/**
 * A recorded gate review with the readiness check as it stood then. {@code override} marks an
 * advance made while criteria were unmet; it never changes afterwards.
 */
public record GateReviewView(long id, GateDecision decision, Phase fromPhase, Phase toPhase, LocalDate decidedOn,
		String rationale, List<String> participants, @Nullable String otherParticipants, boolean ready,
		boolean override, String recordedBy, Instant recordedAt, List<SnapshotItem> snapshot) {

	public GateReviewView {
		participants = List.copyOf(participants);
		snapshot = List.copyOf(snapshot);
	}

	/** One criterion of the stored readiness snapshot. */
	public record SnapshotItem(String key, boolean met, boolean measurable, @Nullable String detail) {
	}
}
