package org.atelier.method;

/** One of the outputs that must be in place at the end of the Preconditions phase, and the step that yields it. */
public record PreconditionOutput(String key, String step, String name, String description, String source) {
}
