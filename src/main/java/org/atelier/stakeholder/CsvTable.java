package org.atelier.stakeholder;

import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;

/**
 * Reads and writes comma-separated values as RFC 4180 defines them: fields separated by commas,
 * records by CRLF (LF alone is accepted too), fields with commas, quotes or line breaks enclosed
 * in double quotes, a quote inside written as two. A UTF-8 byte order mark at the start is skipped.
 * Written cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or
 * a carriage return) get a leading apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvTable {

	/** One record and the line of the file where it starts (1-based). */
	public record Row(int line, List<String> cells) {
	}

	private CsvTable() {
	}

	/** The records of a text; an unclosed quote is a problem naming its line. */
	public static List<Row> read(String text) {
		List<Row> rows = new ArrayList<>();
		String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int line = 1;
		int rowStart = 1;
		boolean quoted = false;
		boolean wasQuoted = false;
		int quoteLine = 0;
		int i = 0;
		while (i < input.length()) {
			char c = input.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
						cell.append('"');
						i += 2;
						continue;
					}
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
				i++;
				continue;
			}
			switch (c) {
				case '"' -> {
					if (cell.isEmpty() && !wasQuoted) {
						quoted = true;
						wasQuoted = true;
						quoteLine = line;
					}
					else {
						throw new FieldProblem("csv", "stakeholder.csv.strayQuote", line);
					}
				}
				case ',' -> {
					cells.add(cell.toString());
					cell.setLength(0);
					wasQuoted = false;
				}
				case '\r' -> {
					// part of CRLF; a lone CR is treated as a line break too
					if (i + 1 < input.length() && input.charAt(i + 1) == '\n') {
						i++;
					}
					line = endRecord(rows, cells, cell, rowStart, line);
					rowStart = line;
					wasQuoted = false;
				}
				case '\n' -> {
					line = endRecord(rows, cells, cell, rowStart, line);
					rowStart = line;
					wasQuoted = false;
				}
				default -> {
					if (wasQuoted) {
						throw new FieldProblem("csv", "stakeholder.csv.strayQuote", line);
					}
					cell.append(c);
				}
			}
			i++;
		}
		if (quoted) {
			throw new FieldProblem("csv", "stakeholder.csv.unclosedQuote", quoteLine);
		}
		if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
			endRecord(rows, cells, cell, rowStart, line);
		}
		return rows;
	}

	private static int endRecord(List<Row> rows, List<String> cells, StringBuilder cell, int rowStart, int line) {
		cells.add(cell.toString());
		cell.setLength(0);
		boolean blank = cells.size() == 1 && cells.getFirst().isEmpty();
		if (!blank) {
			rows.add(new Row(rowStart, List.copyOf(cells)));
		}
		cells.clear();
		return line + 1;
	}

	/** One record as a CSV line ending in CRLF, each cell quoted where needed and neutralised. */
	public static String line(List<String> cells) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(cell(cells.get(i)));
		}
		return out.append("\r\n").toString();
	}

	/** A cell as written: neutralised against formula injection, then quoted when it must be. */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
				|| text.startsWith(" ") || text.endsWith(" ")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
