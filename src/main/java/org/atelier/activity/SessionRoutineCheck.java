package org.atelier.activity;

import java.util.Map;

import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.stereotype.Component;

/**
 * The readiness check {@code session-routine}: at least {@code minimum} (default 3) sessions have
 * taken place with approved minutes, and their follow-up is written down: at least one of them
 * produced follow-up actions (every action has one owner and a due date by construction).
 * Cancelled and future sessions do not count.
 */
@Component
class SessionRoutineCheck implements ReadinessEvaluator {

	static final String TYPE = "session-routine";

	private final Sessions sessions;

	SessionRoutineCheck(Sessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public String checkType() {
		return TYPE;
	}

	@Override
	public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
		int minimum = Math.max(1, Integer.parseInt(parameters.getOrDefault("minimum", "3").trim()));
		return judge(atelierId, minimum, sessions.routine(atelierId));
	}

	static ReadinessFinding judge(long atelierId, int minimum, Sessions.RoutineFigures f) {
		String fix = "/ateliers/" + atelierId + "/sessions";
		if (f.approved() < minimum) {
			return ReadinessFinding.missing(fix, "activity.readiness.routine.fewer", f.approved(), minimum,
					minimum - f.approved());
		}
		if (f.withActions() == 0) {
			return ReadinessFinding.missing(fix, "activity.readiness.routine.noActions", f.approved());
		}
		return ReadinessFinding.met("activity.readiness.routine.met", f.approved(), f.withActions());
	}
}
