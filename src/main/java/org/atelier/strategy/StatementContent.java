package org.atelier.strategy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The validated content of a statement, compared to tell a real revision from an unchanged save. */
record StatementContent(@Nullable String vision, @Nullable String mission, @Nullable String strategy,
		List<Objective> objectives) {

	StatementContent {
		objectives = List.copyOf(objectives);
	}
}
