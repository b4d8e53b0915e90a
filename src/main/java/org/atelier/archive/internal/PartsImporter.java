package org.atelier.archive.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.archive.internal.TableColumns.Column;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveProblems;
import org.atelier.shared.archive.ArchiveSection;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Checks the {@code parts} section of an archive as a whole (every problem with its JSON path)
 * and writes its rows into a new atelier, translating archive-local references into the new ids.
 * Writing happens in the caller's transaction: any failure leaves nothing behind.
 */
@Component
public class PartsImporter {

	static final String JSON = "atelier.json";
	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PartsImporter.class);
	private static final Pattern REF = Pattern.compile("([a-z_]+)#(gone-)?([1-9][0-9]{0,8})");

	/** An account of the archive that the installation does not have, and where it was named. */
	public record Skipped(String email, String where) {
	}

	private final ArchiveParts parts;
	private final TableColumns columns;
	private final NamedParameterJdbcTemplate jdbc;

	PartsImporter(ArchiveParts parts, TableColumns columns, NamedParameterJdbcTemplate jdbc) {
		this.parts = parts;
		this.columns = columns;
		this.jdbc = jdbc;
	}

	/** Adds a problem for everything wrong in the parts section; writes nothing. */
	@SuppressWarnings("unchecked")
	public void check(@Nullable Object section, Map<String, byte[]> attachments, Set<String> usedAttachments,
			ArchiveProblems problems) {
		if (!(section instanceof Map<?, ?> map)) {
			problems.add(JSON + " $.parts", "archive.json.object");
			return;
		}
		Set<String> refs = new HashSet<>();
		// pass 1: shapes, own references
		for (var partEntry : map.entrySet()) {
			String partName = String.valueOf(partEntry.getKey());
			String at = JSON + " $.parts." + partName;
			ArchivePart part = parts.part(partName).orElse(null);
			if (part == null) {
				problems.add(at, "archive.part.unknown", partName);
				continue;
			}
			if (!(partEntry.getValue() instanceof Map<?, ?> tables)) {
				problems.add(at, "archive.json.object");
				continue;
			}
			for (var tableEntry : tables.entrySet()) {
				String tableName = String.valueOf(tableEntry.getKey());
				String tableAt = at + "." + tableName;
				if (part.tables().stream().noneMatch(t -> t.name().equals(tableName))) {
					problems.add(tableAt, "archive.table.unknown", tableName);
					continue;
				}
				if (!(tableEntry.getValue() instanceof List<?> rows)) {
					problems.add(tableAt, "archive.json.array");
					continue;
				}
				ArchiveTable table = parts.table(tableName).table();
				for (int i = 0; i < rows.size(); i++) {
					if (!(rows.get(i) instanceof Map<?, ?> row)) {
						problems.add(tableAt + "[" + i + "]", "archive.json.object");
						continue;
					}
					if (table.key() != null) {
						Object ref = row.get("ref");
						Matcher m = ref instanceof String s ? REF.matcher(s) : null;
						if (m == null || !m.matches() || m.group(2) != null || !m.group(1).equals(tableName)) {
							problems.add(tableAt + "[" + i + "].ref", "archive.ref.invalid");
						}
						else if (!refs.add((String) ref)) {
							problems.add(tableAt + "[" + i + "].ref", "archive.ref.duplicate");
						}
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			return;
		}
		// pass 2: columns and values
		for (var partEntry : map.entrySet()) {
			ArchivePart part = parts.part(String.valueOf(partEntry.getKey())).orElseThrow();
			Map<String, Object> tables = (Map<String, Object>) partEntry.getValue();
			for (var tableEntry : tables.entrySet()) {
				ArchiveTable table = parts.table(tableEntry.getKey()).table();
				String tableAt = JSON + " $.parts." + part.name() + "." + table.name();
				List<Map<String, Object>> rows = (List<Map<String, Object>>) tableEntry.getValue();
				for (int i = 0; i < rows.size(); i++) {
					checkRow(table, rows.get(i), tableAt + "[" + i + "]", refs, attachments, usedAttachments, problems);
				}
			}
			part.check(section(part.name(), tables, attachments), problems);
		}
	}

	private void checkRow(ArchiveTable table, Map<String, Object> row, String at, Set<String> refs,
			Map<String, byte[]> attachments, Set<String> usedAttachments, ArchiveProblems problems) {
		Map<String, Column> cols = columns.of(table.name());
		for (var entry : row.entrySet()) {
			String name = entry.getKey();
			Object value = entry.getValue();
			String where = at + "." + name;
			if (name.equals("ref") && table.key() != null) {
				continue;
			}
			Column column = cols.get(name);
			if (column == null || name.equals(table.key()) || name.equals(table.atelierColumn())
					|| table.fresh().containsKey(name) || table.skipped().contains(name)) {
				problems.add(where, "archive.column.unknown", name);
				continue;
			}
			if (table.refs().containsKey(name) || table.links().containsKey(name)) {
				String target = table.refs().get(name);
				if (table.links().containsKey(name)) {
					Object kind = row.get(table.links().get(name));
					target = kind instanceof String k ? parts.tableOfKind(k).orElse(k) : null;
				}
				if (value == null) {
					if (name.equals(table.parentColumn())) {
						problems.add(where, "archive.ref.missing");
					}
					continue;
				}
				Matcher m = value instanceof String s ? REF.matcher(s) : null;
				if (m == null || !m.matches() || !m.group(1).equals(target)) {
					problems.add(where, "archive.ref.invalid");
				}
				else if (m.group(2) == null ? !refs.contains(value) : name.equals(table.parentColumn())) {
					problems.add(where, "archive.ref.missing");
				}
				continue;
			}
			if (value != null && table.allowed().containsKey(name) && !table.allowed().get(name).contains(value)) {
				problems.add(where, "archive.value.allowed", String.join(", ", table.allowed().get(name)));
				continue;
			}
			if (table.users().containsKey(name)) {
				if (value != null && !(value instanceof String)) {
					problems.add(where, "archive.value.text");
				}
				continue;
			}
			if (value == null) {
				continue;
			}
			switch (column.kind()) {
				case NUMBER -> {
					if (!(value instanceof Integer || value instanceof Long)) {
						problems.add(where, "archive.value.number");
					}
				}
				case BOOLEAN -> {
					if (!(value instanceof Boolean)) {
						problems.add(where, "archive.value.boolean");
					}
				}
				case DATE -> {
					if (!(value instanceof String s) || parseDate(s) == null) {
						problems.add(where, "archive.value.date");
					}
				}
				case TIMESTAMP -> {
					if (!(value instanceof String s) || parseTime(s) == null) {
						problems.add(where, "archive.value.time");
					}
				}
				case BINARY -> {
					if (!(value instanceof String s) || !attachments.containsKey(s)) {
						problems.add(where, "archive.attachment.missing", String.valueOf(value));
					}
					else {
						usedAttachments.add(s);
					}
				}
				case TEXT -> {
					if (!(value instanceof String)) {
						problems.add(where, "archive.value.text");
					}
				}
			}
		}
	}

	/**
	 * Writes the rows of a checked parts section into the atelier {@code atelierId}.
	 *
	 * @param userOf the installation's account with an e-mail, if any
	 * @return the accounts the installation lacks
	 */
	@SuppressWarnings("unchecked")
	public List<Skipped> write(Map<String, Object> section, Map<String, byte[]> attachments, long atelierId,
			long importerId, Function<String, @Nullable Long> userOf) {
		Map<String, Long> ids = new HashMap<>();
		List<Pending> pending = new ArrayList<>();
		Set<Skipped> skipped = new LinkedHashSet<>();
		for (ArchiveParts.Entry entry : parts.writingOrder()) {
			ArchiveTable table = entry.table();
			Object tables = section.get(entry.part().name());
			if (!(tables instanceof Map<?, ?> byTable) || !(byTable.get(table.name()) instanceof List<?> rows)) {
				continue;
			}
			String tableAt = JSON + " $.parts." + entry.part().name() + "." + table.name();
			for (int i = 0; i < rows.size(); i++) {
				Map<String, Object> row = (Map<String, Object>) rows.get(i);
				insert(table, row, tableAt + "[" + i + "]", atelierId, importerId, userOf, attachments, ids, pending,
						skipped);
			}
		}
		for (Pending p : pending) {
			Long target = ids.get(p.ref());
			if (target == null) {
				throw new FieldProblem(p.at(), "archive.ref.missing");
			}
			jdbc.update("update " + p.table() + " set " + p.column() + " = :v where " + p.key() + " = :id",
					new MapSqlParameterSource("v", target).addValue("id", p.id()));
		}
		for (ArchivePart part : parts.all()) {
			part.afterImport(atelierId);
		}
		return List.copyOf(skipped);
	}

	/** Lets every part link a replica to what stays with its source. */
	public void afterReplicate(long sourceAtelierId, long replicaId) {
		for (ArchivePart part : parts.all()) {
			part.afterReplicate(sourceAtelierId, replicaId);
		}
	}

	private record Pending(String table, String key, long id, String column, String ref, String at) {
	}

	private void insert(ArchiveTable table, Map<String, Object> row, String at, long atelierId, long importerId,
			Function<String, @Nullable Long> userOf, Map<String, byte[]> attachments, Map<String, Long> ids,
			List<Pending> pending, Set<Skipped> skipped) {
		Map<String, Column> cols = columns.of(table.name());
		MapSqlParameterSource values = new MapSqlParameterSource();
		List<String[]> forward = new ArrayList<>();
		if (table.atelierColumn() != null) {
			values.addValue(table.atelierColumn(), atelierId);
		}
		table.fresh().forEach((column, generator) -> values.addValue(column, generator.get()));
		for (var e : row.entrySet()) {
			String name = e.getKey();
			Object value = e.getValue();
			if (name.equals("ref") && table.key() != null) {
				continue;
			}
			Column column = cols.get(name);
			if (table.refs().containsKey(name) || table.links().containsKey(name)) {
				Long id = null;
				if (value instanceof String ref) {
					Matcher m = REF.matcher(ref);
					m.matches();
					if (m.group(2) != null) {
						id = -Long.parseLong(m.group(3));
					}
					else {
						id = ids.get(ref);
						if (id == null) {
							forward.add(new String[] { name, ref });
							id = column.nullable() ? null : 0L;
						}
					}
				}
				values.addValue(name, param(column, id));
			}
			else if (table.users().containsKey(name)) {
				Long id = value == null ? null : userOf.apply((String) value);
				if (value != null && id == null) {
					skipped.add(new Skipped((String) value, table.name() + "." + name));
					UserPolicy policy = table.users().get(name);
					if (policy == UserPolicy.DROP_ROW) {
						return;
					}
					id = policy == UserPolicy.IMPORTER ? importerId : null;
				}
				values.addValue(name, param(column, id));
			}
			else {
				values.addValue(name, param(column, convert(column, value, attachments)));
			}
		}
		StringJoiner names = new StringJoiner(", ");
		StringJoiner params = new StringJoiner(", ");
		for (String name : values.getParameterNames()) {
			names.add(name);
			params.add(":" + name);
		}
		String sql = "insert into " + table.name() + " (" + names + ") values (" + params + ")";
		try {
			if (table.key() != null) {
				var keys = new GeneratedKeyHolder();
				jdbc.update(sql, values, keys, new String[] { table.key() });
				long id = keys.getKeyAs(Number.class).longValue();
				ids.put((String) row.get("ref"), id);
				for (String[] f : forward) {
					pending.add(new Pending(table.name(), table.key(), id, f[0], f[1], at + "." + f[0]));
				}
			}
			else {
				if (!forward.isEmpty()) {
					throw new FieldProblem(at + "." + forward.get(0)[0], "archive.ref.missing");
				}
				jdbc.update(sql, values);
			}
		}
		catch (DataAccessException e) {
			LOG.info("Archive row {} refused by the database: {}", at, e.getMostSpecificCause().getMessage());
			throw new FieldProblem(at, "archive.row.rejected");
		}
	}

	/**
	 * A value as the driver takes it best: typed only when null (the driver infers the rest; a
	 * declared type would ask PostgreSQL's driver for conversions it refuses, such as an
	 * OffsetDateTime to its TIMESTAMP code).
	 */
	private static Object param(Column column, @Nullable Object value) {
		return value != null ? value : new SqlParameterValue(column.sqlType(), null);
	}

	private static @Nullable Object convert(Column column, @Nullable Object value, Map<String, byte[]> attachments) {
		if (value == null) {
			return null;
		}
		return switch (column.kind()) {
			case NUMBER -> ((Number) value).longValue();
			case BOOLEAN, TEXT -> value;
			case DATE -> parseDate((String) value);
			case TIMESTAMP -> parseTime((String) value);
			case BINARY -> attachments.get((String) value);
		};
	}

	static @Nullable LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	static @Nullable OffsetDateTime parseTime(String text) {
		try {
			return Instant.parse(text).atOffset(ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private static ArchiveSection section(String partName, Map<String, Object> tables, Map<String, byte[]> attachments) {
		return new ArchiveSection() {
			@Override
			public List<Map<String, @Nullable Object>> rows(String table) {
				Object rows = tables.get(table);
				return rows instanceof List<?> list ? (List<Map<String, @Nullable Object>>) list : List.of();
			}

			@Override
			public String location(String table, int index) {
				return JSON + " $.parts." + partName + "." + table + "[" + index + "]";
			}

			@Override
			public byte @Nullable [] attachment(String entryName) {
				return attachments.get(entryName);
			}
		};
	}
}
