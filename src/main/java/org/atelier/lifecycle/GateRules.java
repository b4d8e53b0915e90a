package org.atelier.lifecycle;

import java.time.LocalDate;

import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;

/**
 * The rules of a gate review, free of storage: which phase a decision leads to, when an advance
 * needs the override flag, and whether the review counts as an override (advancing while not
 * ready; the flag on a ready atelier changes nothing).
 */
final class GateRules {

	private GateRules() {
	}

	/** The outcome of a valid review: the phase the atelier ends up in and whether it was overridden. */
	record Outcome(Phase target, boolean override) {
	}

	static Outcome decide(Readiness readiness, GateReviewInput input, LocalDate today) {
		Phase current = readiness.phase();
		if (input.decidedOn() != null && input.decidedOn().isAfter(today)) {
			throw new FieldProblem("decidedOn", "lifecycle.gate.decidedOn.future");
		}
		return switch (input.decision()) {
			case ADVANCE -> {
				Phase next = readiness.nextPhase();
				if (next == null) {
					throw new FieldProblem("decision", "lifecycle.gate.advance.lastPhase");
				}
				if (input.targetPhase() != null && input.targetPhase() != next) {
					throw new FieldProblem("targetPhase", "lifecycle.gate.advance.notNext");
				}
				if (!readiness.ready() && !input.override()) {
					throw new NotReadyException(readiness.unmet());
				}
				yield new Outcome(next, !readiness.ready());
			}
			case HOLD -> {
				if (input.targetPhase() != null && input.targetPhase() != current) {
					throw new FieldProblem("targetPhase", "lifecycle.gate.hold.samePhase");
				}
				yield new Outcome(current, false);
			}
			case RETURN -> {
				if (input.targetPhase() == null) {
					throw new FieldProblem("targetPhase", "lifecycle.gate.return.required");
				}
				if (input.targetPhase().compareTo(current) >= 0) {
					throw new FieldProblem("targetPhase", "lifecycle.gate.return.earlier");
				}
				yield new Outcome(input.targetPhase(), false);
			}
		};
	}
}
