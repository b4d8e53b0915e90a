package org.atelier.learning;

import java.util.Map;

import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.stereotype.Component;

/**
 * Answers the readiness check {@code lessons-documented} ("lessons are documented and used"): the
 * atelier recorded at least {@code minimum} lessons (default 3, never below 1), and at least one
 * of them was used: another atelier marked it as applied, or it is linked to a decision it informed.
 */
@Component
class LessonsDocumented implements ReadinessEvaluator {

	static final String CHECK_TYPE = "lessons-documented";

	private final LessonBook lessons;

	LessonsDocumented(LessonBook lessons) {
		this.lessons = lessons;
	}

	@Override
	public String checkType() {
		return CHECK_TYPE;
	}

	@Override
	public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
		return judge(atelierId, lessons.usage(atelierId), minimum(parameters.get("minimum")));
	}

	static ReadinessFinding judge(long atelierId, LessonBook.Usage usage, int minimum) {
		String fix = "/ateliers/" + atelierId + "/lessons";
		if (usage.recorded() < minimum) {
			return ReadinessFinding.missing(fix, "learning.readiness.tooFew", usage.recorded(), minimum);
		}
		if (usage.used() == 0) {
			return ReadinessFinding.missing(fix, "learning.readiness.unused", usage.recorded());
		}
		return ReadinessFinding.met("learning.readiness.met", usage.recorded(), usage.used());
	}

	static int minimum(String value) {
		try {
			return Math.max(1, Integer.parseInt(value == null ? "3" : value.trim()));
		}
		catch (NumberFormatException e) {
			return 3;
		}
	}
}
