package org.atelier.method;

import java.util.List;

/**
 * One of the steps of the Preconditions phase (framing the challenge, mapping the context, ...),
 * with the guiding questions the method asks while taking it.
 */
public record PreconditionStep(String key, int number, String name, String description,
		List<String> guidingQuestions, String source) {

	public PreconditionStep {
		guidingQuestions = List.copyOf(guidingQuestions);
	}
}
