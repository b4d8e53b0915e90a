package org.atelier.hypothesis;

import java.util.Map;

import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.stereotype.Component;

/**
 * Answers the readiness check {@code hypothesis-recorded}: at least {@code minimum} (default 1)
 * hypotheses that are not dropped are recorded. An unmet finding says how many are still missing.
 */
@Component
class HypothesisChecks implements ReadinessEvaluator {

	static final String RECORDED = "hypothesis-recorded";

	private final Hypotheses hypotheses;

	HypothesisChecks(Hypotheses hypotheses) {
		this.hypotheses = hypotheses;
	}

	@Override
	public String checkType() {
		return RECORDED;
	}

	@Override
	public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
		return recorded(atelierId, minimum(parameters), hypotheses.countRecorded(atelierId));
	}

	static ReadinessFinding recorded(long atelierId, int minimum, int recorded) {
		if (recorded >= minimum) {
			return ReadinessFinding.met("hypothesis.readiness.met", recorded);
		}
		return ReadinessFinding.missing("/ateliers/" + atelierId + "/hypotheses", "hypothesis.readiness.missing",
				minimum - recorded, recorded);
	}

	private static int minimum(Map<String, String> parameters) {
		try {
			return Math.max(1, Integer.parseInt(parameters.getOrDefault("minimum", "1").trim()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
