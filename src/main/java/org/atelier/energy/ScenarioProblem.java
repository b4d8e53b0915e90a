package org.atelier.energy;

/**
 * One thing wrong with a scenario: the field path (as {@code members[2].load.annualKwh}, empty
 * for the document as a whole) and what is wrong with it, in English.
 */
public record ScenarioProblem(String path, String message) {

	@Override
	public String toString() {
		return path.isEmpty() ? message : path + ": " + message;
	}
}
