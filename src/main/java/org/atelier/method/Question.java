package org.atelier.method;

import org.jspecify.annotations.Nullable;

/**
 * An assessment question of the question bank, in one language. It belongs to a phase and to
 * exactly one of: a building block (Establishing, Maturing, Stabilising), a Preconditions step or
 * a Continuation dimension. The key is stable across versions and languages.
 */
public record Question(String key, Phase phase, @Nullable BuildingBlock block, @Nullable String step,
		@Nullable String dimension, String text, String source) {

	/** The key of what the question is about: the block's, the step's or the dimension's. */
	public String topic() {
		if (block != null) {
			return block.key();
		}
		return step != null ? step : dimension != null ? dimension : "";
	}
}
