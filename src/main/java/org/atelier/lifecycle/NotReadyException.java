package org.atelier.lifecycle;

import java.util.List;

import org.atelier.shared.ConflictException;

/**
 * Refuses to advance an atelier that is not ready without the override flag; carries the unmet
 * criteria so that the page and the API can list them.
 */
public class NotReadyException extends ConflictException {

	private final List<CriterionResult> unmet;

	public NotReadyException(List<CriterionResult> unmet) {
		super("lifecycle.gate.notReady",
				String.join(", ", unmet.stream().map(CriterionResult::label).toList()));
		this.unmet = List.copyOf(unmet);
	}

	public List<CriterionResult> unmet() {
		return unmet;
	}
}
