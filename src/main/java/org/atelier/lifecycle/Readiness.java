package org.atelier.lifecycle;

import java.util.List;

import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;

/**
 * Whether an atelier is ready to move from its phase to the next one: every criterion of that
 * transition met. An atelier in the last phase has no next phase and is never "ready".
 */
public record Readiness(Phase phase, @Nullable Phase nextPhase, boolean ready, List<CriterionResult> criteria) {

	public Readiness {
		criteria = List.copyOf(criteria);
	}

	public List<CriterionResult> unmet() {
		return criteria.stream().filter(c -> !c.met()).toList();
	}

	/** Judges a transition from its criteria' results: ready only with a next phase and nothing unmet. */
	static Readiness of(Phase phase, List<CriterionResult> criteria) {
		Phase next = phase.next().orElse(null);
		boolean ready = next != null && criteria.stream().allMatch(CriterionResult::met);
		return new Readiness(phase, next, ready, criteria);
	}
}
