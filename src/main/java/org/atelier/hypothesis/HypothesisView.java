package org.atelier.hypothesis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.atelier.shared.links.FollowUpActions.ActionSummary;
import org.atelier.shared.links.LinkTarget;
import org.jspecify.annotations.Nullable;

/**
 * A hypothesis with its test card, learning card, and (when read one by one) its status history,
 * evidence, the lesson made from it and the follow-up actions that came out of it.
 * {@code version} is what an edit or a change of status must send back.
 */
public record HypothesisView(long id, String statement, HypothesisCategory category, int importance,
		int evidenceStrength, @Nullable String testMethod, @Nullable String metric, @Nullable String successCriterion,
		@Nullable LocalDate deadline, HypothesisStatus status, LearningCard card, @Nullable LocalDate concludedOn,
		@Nullable String dropReason, @Nullable LinkTarget lesson, Instant createdAt, int version,
		List<StatusEntry> history, List<EvidenceView> evidence, List<ActionSummary> actions) {

	/** Where the hypothesis sits on the assumption map. */
	public AssumptionMap.Priority priority() {
		return AssumptionMap.classify(importance, evidenceStrength);
	}

	HypothesisView withDetails(@Nullable LinkTarget lessonLink, List<StatusEntry> statusHistory,
			List<EvidenceView> evidenceItems, List<ActionSummary> followUp) {
		return new HypothesisView(id, statement, category, importance, evidenceStrength, testMethod, metric,
				successCriterion, deadline, status, card, concludedOn, dropReason, lessonLink, createdAt, version,
				List.copyOf(statusHistory), List.copyOf(evidenceItems), List.copyOf(followUp));
	}
}
