package org.atelier.method;

/** One level of a scale: a score from 0 (absent) to 3 (fully in place) or a confidence from 1 to 5. */
public record ScaleLevel(int value, String name, String description) {
}
