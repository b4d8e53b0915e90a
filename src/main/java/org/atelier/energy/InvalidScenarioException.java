package org.atelier.energy;

import java.util.List;
import java.util.stream.Collectors;

import org.atelier.shared.FieldProblem;

/** A scenario that cannot be simulated, with every problem found (each naming its field). */
public class InvalidScenarioException extends RuntimeException {

	private final List<ScenarioProblem> problems;

	public InvalidScenarioException(List<ScenarioProblem> problems) {
		super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public InvalidScenarioException(String path, String message) {
		this(List.of(new ScenarioProblem(path, message)));
	}

	public List<ScenarioProblem> problems() {
		return problems;
	}

	/**
	 * The same problems as field errors for pages and problem details: each field is the problem's
	 * path under {@code prefix} (for example {@code scenario.members[0].load.kw}), its message
	 * the engine's own text inside a localized frame.
	 */
	public FieldProblem toFieldProblem(String prefix) {
		return new FieldProblem(problems.stream().map(p -> new FieldProblem.Violation(
				p.path().isEmpty() ? prefix : prefix.isEmpty() ? p.path() : prefix + "." + p.path(),
				"energy.scenario.problem", p.message())).toList());
	}
}
