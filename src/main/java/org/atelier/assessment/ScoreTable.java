package org.atelier.assessment;

import java.time.Instant;
import java.util.List;

import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;

/**
 * Scores laid out as a table: one column per building block, one row per assessment (the trend of
 * an atelier) or per atelier (the portfolio heat map). Each row's scores follow the columns; null
 * where nothing was scored.
 */
public record ScoreTable(List<Column> columns, List<Row> rows) {

	public record Column(String key, String name) {
	}

	/**
	 * One row: the atelier, and the assessment the scores come from (absent when the atelier has
	 * no building-block assessment yet).
	 */
	public record Row(long atelierId, String atelierName, @Nullable Long assessmentId, @Nullable Phase phase,
			@Nullable Instant openedAt, List<@Nullable Double> scores) {
	}
}
