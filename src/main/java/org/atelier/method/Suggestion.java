package org.atelier.method;

/** A concrete way to strengthen a building block in a phase, offered when an assessment finds it weak. */
public record Suggestion(String key, Phase phase, BuildingBlock block, String text, String source) {
}
