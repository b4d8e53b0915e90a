package org.atelier.method;

/** One of the four dimensions on which the Continuation phase judges whether an atelier lasts. */
public record ContinuationDimension(String key, String name, String explanation, String source) {
}
