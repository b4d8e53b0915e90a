package org.atelier.hypothesis;

import org.jspecify.annotations.Nullable;

/** What a concluded test taught: what was observed, what it means, what was decided and what happens next. */
public record LearningCard(@Nullable String observation, @Nullable String insight, @Nullable String decision,
		@Nullable String nextActions) {

	public static final LearningCard EMPTY = new LearningCard(null, null, null, null);

	public boolean written() {
		return observation != null || insight != null || decision != null || nextActions != null;
	}
}
