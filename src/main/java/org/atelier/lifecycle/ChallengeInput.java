package org.atelier.lifecycle;

import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A version of the challenge statement as written: the systemic issue, why it is urgent, and the
 * boundaries and constraints already known (optional). Invalid fields → {@link FieldProblem}.
 */
public record ChallengeInput(String systemicIssue, String urgency, @Nullable String boundaries) {

	public static final int MAX = 4000;

	public ChallengeInput {
		systemicIssue = Texts.trim(systemicIssue);
		urgency = Texts.trim(urgency);
		boundaries = Texts.trim(boundaries);
		List<Violation> problems = new ArrayList<>();
		Texts.required(problems, "lifecycle.challenge.", "systemicIssue", systemicIssue, MAX);
		Texts.required(problems, "lifecycle.challenge.", "urgency", urgency, MAX);
		Texts.limit(problems, "lifecycle.challenge.", "boundaries", boundaries, MAX);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
	}
}
