package org.atelier.method;

/**
 * A phase as the method describes it, in one language: its aim, what happens in it and what to
 * watch. {@code source} cites the passage of the guide it is based on.
 */
public record PhaseDescription(Phase phase, int number, String name, String aim, String explanation,
		String attention, String source) {

	public String key() {
		return phase.key();
	}
}
