package org.atelier.strategy;

import java.util.Map;

import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.stereotype.Component;

/**
 * Readiness check {@code objectives-set}: the current revision has at least {@code minimum}
 * (default 1) first-year objectives that name an owner among the members. A minimum that is not
 * a whole number of at least 1 counts as 1.
 */
@Component
class ObjectivesSetCheck implements ReadinessEvaluator {

	static final String CHECK_TYPE = "objectives-set";

	private final StrategyService strategy;

	ObjectivesSetCheck(StrategyService strategy) {
		this.strategy = strategy;
	}

	@Override
	public String checkType() {
		return CHECK_TYPE;
	}

	@Override
	public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
		StrategyFacts facts = strategy.facts(atelierId);
		return judge(atelierId, facts.revision(), facts.objectivesWithOwner(), minimum(parameters.get("minimum")));
	}

	static ReadinessFinding judge(long atelierId, int revision, int objectivesWithOwner, int minimum) {
		if (revision > 0 && objectivesWithOwner >= minimum) {
			return ReadinessFinding.met("strategy.readiness.objectivesSet", objectivesWithOwner);
		}
		return ReadinessFinding.missing("/ateliers/" + atelierId + "/strategy", "strategy.readiness.noObjectives",
				objectivesWithOwner, minimum);
	}

	static int minimum(String text) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(text.trim()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
