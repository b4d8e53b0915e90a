package org.atelier.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.stakeholder.CsvTable;
import org.jspecify.annotations.Nullable;

/**
 * An export as a table of language-neutral values: column names (snake case) and one row of
 * cells per record, empty cells as null. It is written as CSV through the stakeholder module's
 * RFC 4180 writer, which also neutralises cells a spreadsheet would run as a formula, or as JSON
 * objects keyed by column.
 */
public record ExportTable(ExportKind kind, List<String> columns, List<List<@Nullable String>> rows) {

	public ExportTable {
		columns = List.copyOf(columns);
		for (List<@Nullable String> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("a row of " + row.size() + " cells for " + columns.size() + " columns");
			}
		}
		rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
	}

	/** The file name to offer the export under: {@code atelier-<id>-<kind>.<extension>}. */
	public String fileName(long atelierId, String extension) {
		return "atelier-" + atelierId + "-" + kind.key() + "." + extension;
	}

	/** Header line and one line per row, CRLF line ends. */
	public String csv() {
		StringBuilder out = new StringBuilder(CsvTable.line(columns));
		for (List<@Nullable String> row : rows) {
			out.append(CsvTable.line(row.stream().map(c -> c == null ? "" : c).toList()));
		}
		return out.toString();
	}

	/** One object per row, its fields in column order. */
	public List<Map<String, @Nullable String>> records() {
		List<Map<String, @Nullable String>> records = new ArrayList<>();
		for (List<@Nullable String> row : rows) {
			Map<String, @Nullable String> record = new LinkedHashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				record.put(columns.get(i), row.get(i));
			}
			records.add(record);
		}
		return records;
	}
}
