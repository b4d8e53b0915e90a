package org.atelier.strategy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A first-year objective of a statement: what is to be achieved, how it is measured, which
 * member answers for it and by when. Part of the {@link StrategyStatement} aggregate.
 */
@Table("strategy_objective")
record Objective(String objective, @Nullable String measure, @Nullable Long ownerId, @Nullable LocalDate dueDate) {
}
