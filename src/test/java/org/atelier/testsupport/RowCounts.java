package org.atelier.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The number of rows of each named table, to show that a refused request wrote nothing. */
public final class RowCounts {

	private RowCounts() {
	}

	public static Map<String, Long> of(JdbcClient jdbc, List<String> tables) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : tables) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}
}
