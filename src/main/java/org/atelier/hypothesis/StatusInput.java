package org.atelier.hypothesis;

import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A change of status as requested, checked against the rules that do not depend on the current
 * status: concluding needs the learning card's observation and insight; dropping needs a reason
 * (the note).
 */
public record StatusInput(HypothesisStatus status, @Nullable String note, LearningCard card) {

	public static StatusInput parse(@Nullable String status, @Nullable String note, @Nullable String observation,
			@Nullable String insight, @Nullable String decision, @Nullable String nextActions) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		HypothesisStatus target = HypothesisStatus.parse(status).orElse(null);
		if (target == null) {
			problems.add(new FieldProblem.Violation("status", "hypothesis.status.invalid"));
		}
		String cleanNote = Fields.optional(note, "note", HypothesisInput.TEXT_MAX, problems);
		LearningCard card = new LearningCard(
				Fields.optional(observation, "observation", HypothesisInput.TEXT_MAX, problems),
				Fields.optional(insight, "insight", HypothesisInput.TEXT_MAX, problems),
				Fields.optional(decision, "decision", HypothesisInput.TEXT_MAX, problems),
				Fields.optional(nextActions, "nextActions", HypothesisInput.TEXT_MAX, problems));
		if (target != null && target.concluding()) {
			if (card.observation() == null) {
				problems.add(new FieldProblem.Violation("observation", "hypothesis.observation.required"));
			}
			if (card.insight() == null) {
				problems.add(new FieldProblem.Violation("insight", "hypothesis.insight.required"));
			}
		}
		if (target == HypothesisStatus.DROPPED && cleanNote == null) {
			problems.add(new FieldProblem.Violation("note", "hypothesis.dropReason.required"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new StatusInput(target, cleanNote, target.concluding() ? card : LearningCard.EMPTY);
	}
}
