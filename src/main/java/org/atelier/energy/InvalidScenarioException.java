package org.atelier.energy;

import java.util.List;
import java.util.stream.Collectors;

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
}
