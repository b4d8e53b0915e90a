package org.atelier.archive.internal;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The columns of the archived tables as the database describes them: their kind and whether they may be null. */
@Component
class TableColumns {

	enum Kind {
		NUMBER, BOOLEAN, DATE, TIMESTAMP, BINARY, TEXT
	}

	record Column(String name, Kind kind, int sqlType, boolean nullable) {
	}

	private final JdbcTemplate jdbc;
	private final Map<String, Map<String, Column>> cache = new ConcurrentHashMap<>();

	TableColumns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Column name (lower case) to column, in the table's order. */
	Map<String, Column> of(String table) {
		return cache.computeIfAbsent(table, this::read);
	}

	private Map<String, Column> read(String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException(table);
		}
		return jdbc.query("select * from " + table + " where 1 = 0", rs -> {
			ResultSetMetaData meta = rs.getMetaData();
			Map<String, Column> columns = new LinkedHashMap<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
				columns.put(name, new Column(name, kind(meta, i), meta.getColumnType(i),
						meta.isNullable(i) != ResultSetMetaData.columnNoNulls));
			}
			return columns;
		});
	}

	private static Kind kind(ResultSetMetaData meta, int i) throws SQLException {
		return switch (meta.getColumnType(i)) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.NUMBER;
			case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
			case Types.DATE -> Kind.DATE;
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
			default -> Kind.TEXT;
		};
	}
}
