package org.atelier.lifecycle.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.atelier.lifecycle.ChallengeVersion;
import org.atelier.lifecycle.ContextEntry;
import org.atelier.lifecycle.GateReviewView;
import org.atelier.lifecycle.OperationalCondition;
import org.atelier.lifecycle.PhaseEntry;
import org.atelier.lifecycle.Readiness;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the lifecycle API; phases, decisions and statuses as lower-case keys. */
final class LifecycleJson {

	private LifecycleJson() {
	}

	record ReadinessBody(String phase, @Nullable String nextPhase, boolean ready, List<CriterionBody> criteria) {
		static ReadinessBody of(Readiness r) {
			return new ReadinessBody(r.phase().key(), r.nextPhase() == null ? null : r.nextPhase().key(), r.ready(),
					r.criteria().stream().map(c -> new CriterionBody(c.key(), c.label(), c.met(), c.measurable(),
							c.detail(), c.fixPath())).toList());
		}
	}

	record CriterionBody(String key, String label, boolean met, boolean measurable, String detail,
			@Nullable String fixPath) {
	}

	record GateReviewRequest(@Nullable String decision, @Nullable String targetPhase, @Nullable String decidedOn,
			@Nullable String rationale, @Nullable Boolean override, @Nullable List<Long> participants,
			@Nullable String otherParticipants) {
	}

	record GateReviewBody(long id, String decision, String fromPhase, String toPhase, LocalDate decidedOn,
			String rationale, List<String> participants, @Nullable String otherParticipants, boolean ready,
			boolean override, String recordedBy, Instant recordedAt, List<SnapshotBody> snapshot) {
		static GateReviewBody of(GateReviewView r) {
			return new GateReviewBody(r.id(), r.decision().key(), r.fromPhase().key(), r.toPhase().key(), r.decidedOn(),
					r.rationale(), r.participants(), r.otherParticipants(), r.ready(), r.override(), r.recordedBy(),
					r.recordedAt(), r.snapshot().stream()
						.map(s -> new SnapshotBody(s.key(), s.met(), s.measurable(), s.detail())).toList());
		}
	}

	record SnapshotBody(String key, boolean met, boolean measurable, @Nullable String detail) {
	}

	record PhaseEntryBody(String phase, Instant enteredAt, @Nullable Long gateReview, boolean override) {
		static PhaseEntryBody of(PhaseEntry e) {
			return new PhaseEntryBody(e.phase().key(), e.enteredAt(), e.gateReviewId(), e.override());
		}
	}

	record ChallengeRequest(@Nullable String systemicIssue, @Nullable String urgency, @Nullable String boundaries) {
	}

	record ChallengeBody(int version, String systemicIssue, String urgency, @Nullable String boundaries,
			String writtenBy, Instant writtenAt, boolean validated, @Nullable String validatedBy,
			@Nullable Instant validatedAt) {
		static ChallengeBody of(ChallengeVersion v) {
			return new ChallengeBody(v.versionNo(), v.systemicIssue(), v.urgency(), v.boundaries(), v.writtenBy(),
					v.writtenAt(), v.validated(), v.validatedBy(), v.validatedAt());
		}
	}

	record ConditionRequest(@Nullable String status, @Nullable Long owner, @Nullable String evidence) {
	}

	record NewConditionRequest(@Nullable String label) {
	}

	record ConditionBody(String key, @Nullable String label, boolean standard, String status, @Nullable Long owner,
			@Nullable String ownerName, @Nullable String evidence, int version) {
		static ConditionBody of(OperationalCondition c) {
			return new ConditionBody(c.key(), c.label(), c.standard(), c.status().name().toLowerCase(), c.ownerId(),
					c.ownerName(), c.evidence(), c.version());
		}
	}

	record ContextRequest(@Nullable String domain, @Nullable String description, @Nullable String actors) {
	}

	record ContextBody(long id, String domain, String description, @Nullable String actors, int version) {
		static ContextBody of(ContextEntry e) {
			return new ContextBody(e.id(), e.domain().name().toLowerCase(), e.description(), e.actors(), e.version());
		}
	}
}
