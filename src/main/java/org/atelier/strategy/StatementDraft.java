package org.atelier.strategy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A new revision as a coordinator typed it, not yet validated. Objective rows that are entirely
 * blank are ignored; problems are reported with the field names used here
 * ({@code objectives[2].owner}), so forms and JSON requests can point at them.
 */
public record StatementDraft(@Nullable String vision, @Nullable String mission, @Nullable String strategy,
		List<ObjectiveDraft> objectives) {

	public StatementDraft {
		objectives = objectives == null ? List.of() : List.copyOf(objectives);
	}

	/** One objective row; {@code owner} is a member's user name, {@code dueDate} an ISO date. */
	public record ObjectiveDraft(@Nullable String objective, @Nullable String measure, @Nullable String owner,
			@Nullable String dueDate) {

		boolean blank() {
			return isBlank(objective) && isBlank(measure) && isBlank(owner) && isBlank(dueDate);
		}

		private static boolean isBlank(@Nullable String s) {
			return s == null || s.isBlank();
		}
	}
}
