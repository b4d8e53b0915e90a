package org.atelier.assessment;

import java.util.ArrayList;
import java.util.List;

import org.atelier.method.LocalizedMethod;
import org.atelier.method.Phase;
import org.atelier.method.Question;

/**
 * What an assessment scores separately: a building block in Establishing, Maturing and
 * Stabilising, a step in Preconditions, a dimension in Continuation. Each has its questions from
 * the method version the assessment uses.
 */
public record AssessmentGroup(String key, String name, List<Question> questions) {

	public AssessmentGroup {
		questions = List.copyOf(questions);
	}

	/** The groups of a phase in the method's order, leaving out any without questions. */
	public static List<AssessmentGroup> of(LocalizedMethod method, Phase phase) {
		List<AssessmentGroup> groups = new ArrayList<>();
		if (phase.usesBuildingBlocks()) {
			method.buildingBlocks().forEach(b -> groups.add(
					new AssessmentGroup(b.block().key(), b.name(), method.questions(phase, b.block()))));
		}
		else if (phase == Phase.PRECONDITIONS) {
			method.preconditionSteps().forEach(s -> groups.add(
					new AssessmentGroup(s.key(), s.name(), method.stepQuestions(s.key()))));
		}
		else {
			method.continuationDimensions().forEach(d -> groups.add(
					new AssessmentGroup(d.key(), d.name(), method.dimensionQuestions(d.key()))));
		}
		return groups.stream().filter(g -> !g.questions().isEmpty()).toList();
	}
}
