package org.atelier.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

import org.atelier.archive.internal.TableColumns.Column;
import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one atelier's rows of every archive part and writes them as JSON values with archive-local
 * references: the section {@code parts} of {@code atelier.json} and its attachments.
 */
@Component
public class PartsExporter {

	/** What the export produced: the parts section (part, table, rows) and the attachment files. */
	public record Exported(Map<String, Map<String, List<Map<String, @Nullable Object>>>> parts,
			Map<String, byte[]> attachments) {
	}

	private final ArchiveParts parts;
	private final TableColumns columns;
	private final JdbcTemplate jdbc;

	PartsExporter(ArchiveParts parts, TableColumns columns, JdbcTemplate jdbc) {
		this.parts = parts;
		this.columns = columns;
		this.jdbc = jdbc;
	}

	/**
	 * @param structureOnly true for a replica: only what each table's structure rule keeps
	 * @param emailOf the e-mail of an account id, or null when it has none
	 */
	public Exported export(long atelierId, boolean structureOnly, LongFunction<@Nullable String> emailOf) {
		// First every table's rows, so that references forward (to later tables) resolve too.
		Map<String, List<Map<String, @Nullable Object>>> raw = new HashMap<>();
		Map<String, Map<Long, String>> refs = new HashMap<>();
		for (ArchivePart part : parts.all()) {
			for (ArchiveTable table : part.tables()) {
				List<Map<String, @Nullable Object>> rows = read(table, atelierId);
				raw.put(table.name(), rows);
				if (table.key() != null) {
					Map<Long, String> ids = new HashMap<>();
					int n = 0;
					for (Map<String, @Nullable Object> row : rows) {
						ids.put((Long) row.get(table.key()), table.name() + "#" + (++n));
					}
					refs.put(table.name(), ids);
				}
			}
		}
		Map<String, Map<Long, String>> gone = new HashMap<>();
		Map<String, Map<String, List<Map<String, @Nullable Object>>>> out = new LinkedHashMap<>();
		Map<String, byte[]> attachments = new LinkedHashMap<>();
		for (ArchivePart part : parts.all()) {
			Map<String, List<Map<String, @Nullable Object>>> section = new LinkedHashMap<>();
			for (ArchiveTable table : part.tables()) {
				if (structureOnly && table.structure() == null) {
					continue;
				}
				Map<String, Column> cols = columns.of(table.name());
				List<Map<String, @Nullable Object>> rows = new ArrayList<>();
				int binary = 0;
				for (Map<String, @Nullable Object> dbRow : raw.get(table.name())) {
					Map<String, @Nullable Object> row = new TreeMap<>();
					if (table.key() != null) {
						row.put("ref", refs.get(table.name()).get((Long) dbRow.get(table.key())));
					}
					for (Column column : cols.values()) {
						String name = column.name();
						Object value = dbRow.get(name);
						if (name.equals(table.key()) || name.equals(table.atelierColumn())
								|| table.fresh().containsKey(name) || table.skipped().contains(name)) {
							continue;
						}
						if (table.refs().containsKey(name)) {
							row.put(name, value == null ? null
									: reference(table.refs().get(name), (Long) value, refs, gone));
						}
						else if (table.links().containsKey(name)) {
							String kind = (String) dbRow.get(table.links().get(name));
							String target = kind == null ? null : parts.tableOfKind(kind).orElse(kind);
							row.put(name, value == null || target == null ? null
									: reference(target, (Long) value, refs, gone));
						}
						else if (table.users().containsKey(name)) {
							row.put(name, value == null ? null : emailOf.apply((Long) value));
						}
						else if (column.kind() == TableColumns.Kind.BINARY && value != null) {
							String entry = "attachments/" + table.name() + "-" + (++binary) + ".bin";
							if (!structureOnly) {
								attachments.put(entry, (byte[]) value);
							}
							row.put(name, entry);
						}
						else {
							row.put(name, value);
						}
					}
					Map<String, @Nullable Object> kept = structureOnly ? table.structure().apply(row) : row;
					if (kept != null) {
						rows.add(kept);
					}
				}
				section.put(table.name(), rows);
			}
			out.put(part.name(), section);
		}
		if (structureOnly) {
			dropDangling(out);
		}
		return new Exported(out, attachments);
	}

	/**
	 * In a replica, a kept row may still point at a row that was left out (a decision at an
	 * escalation level): such references become empty, and rows whose parent was left out go.
	 */
	private void dropDangling(Map<String, Map<String, List<Map<String, @Nullable Object>>>> out) {
		Set<String> kept = new HashSet<>();
		for (var section : out.values()) {
			for (var rows : section.values()) {
				rows.forEach(r -> {
					if (r.get("ref") instanceof String ref) {
						kept.add(ref);
					}
				});
			}
		}
		for (var section : out.values()) {
			for (var entry : section.entrySet()) {
				ArchiveTable table = parts.table(entry.getKey()).table();
				entry.getValue().removeIf(row -> table.parentColumn() != null
						&& !kept.contains(String.valueOf(row.get(table.parentColumn()))));
				for (var row : entry.getValue()) {
					for (String column : table.refs().keySet()) {
						if (row.get(column) instanceof String ref && !kept.contains(ref) && !ref.contains("#gone-")) {
							row.put(column, null);
						}
					}
					for (String column : table.links().keySet()) {
						if (row.get(column) instanceof String ref && !kept.contains(ref)) {
							row.put(column, null);
						}
					}
				}
			}
		}
	}

	private static String reference(String table, long id, Map<String, Map<Long, String>> refs,
			Map<String, Map<Long, String>> gone) {
		String ref = refs.getOrDefault(table, Map.of()).get(id);
		if (ref != null) {
			return ref;
		}
		Map<Long, String> lost = gone.computeIfAbsent(table, t -> new HashMap<>());
		return lost.computeIfAbsent(id, i -> table + "#gone-" + (lost.size() + 1));
	}

	private List<Map<String, @Nullable Object>> read(ArchiveTable table, long atelierId) {
		Map<String, Column> cols = columns.of(table.name());
		return jdbc.query("select * from " + table.name() + " where " + owned(table) + " order by " + table.orderBy(),
				(rs, i) -> {
					Map<String, @Nullable Object> row = new HashMap<>();
					for (Column column : cols.values()) {
						row.put(column.name(), value(rs, column));
					}
					return row;
				}, atelierId);
	}

	/** The condition that selects the rows of one atelier (one parameter: its id). */
	String owned(ArchiveTable table) {
		if (table.atelierColumn() != null) {
			return table.atelierColumn() + " = ?";
		}
		ArchiveTable parent = parts.table(table.refs().get(table.parentColumn())).table();
		return table.parentColumn() + " in (select " + parent.key() + " from " + parent.name() + " where "
				+ owned(parent) + ")";
	}

	private static @Nullable Object value(ResultSet rs, Column column) throws SQLException {
		Object value = switch (column.kind()) {
			case NUMBER -> rs.getLong(column.name());
			case BOOLEAN -> rs.getBoolean(column.name());
			case DATE -> {
				LocalDate date = rs.getObject(column.name(), LocalDate.class);
				yield date == null ? null : date.toString();
			}
			case TIMESTAMP -> {
				OffsetDateTime time = rs.getObject(column.name(), OffsetDateTime.class);
				yield time == null ? null : time.toInstant().toString();
			}
			case BINARY -> rs.getBytes(column.name());
			case TEXT -> rs.getString(column.name());
		};
		return rs.wasNull() ? null : value;
	}
}
