package org.atelier.energy.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Reads a power series (kW) from CSV text: one row per step, the value in the LAST column (so
 * both {@code 12.5} and {@code 2025-01-01T00:00Z,12.5} work). Columns may be separated by
 * comma, semicolon or tab; with semicolons or tabs a decimal comma is accepted. An optional
 * header row (first row whose value is not a number), blank lines and lines starting with
 * {@code #} are skipped. Values must be finite and not negative. Used for loads, PV series and
 * monitoring data; {@link TimeGrid#fit} then checks the count against the grid.
 */
public final class LoadCsv {

	private LoadCsv() {
	}

	public static double[] parse(String text) {
		return parse(new StringReader(text));
	}

	public static double[] parse(Reader reader) {
		try (BufferedReader in = new BufferedReader(reader)) {
			return read(in, false);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** As {@link #parse(Reader)} but allowing negative values (measured net grid power, export negative). */
	public static double[] parseSigned(Reader reader) {
		try (BufferedReader in = new BufferedReader(reader)) {
			return read(in, true);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double[] read(BufferedReader in, boolean signed) throws IOException {
		double[] values = new double[1024];
		int n = 0;
		int lineNo = 0;
		boolean seenData = false;
		String line;
		while ((line = in.readLine()) != null) {
			lineNo++;
			String t = (lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
			if (t.isEmpty() || t.startsWith("#")) {
				continue;
			}
			boolean commaDecimal = t.indexOf(';') >= 0 || t.indexOf('\t') >= 0;
			String[] cols = t.split(commaDecimal ? "[;\t]" : ",", -1);
			String raw = cols[cols.length - 1].strip();
			String number = commaDecimal ? raw.replace(',', '.') : raw;
			double v;
			try {
				v = Double.parseDouble(number);
			} catch (NumberFormatException e) {
				if (!seenData) {
					seenData = true; // a header row
					continue;
				}
				throw new SeriesFormatException(lineNo, cols.length, "not a number: '" + raw + "'");
			}
			seenData = true;
			if (Double.isNaN(v) || Double.isInfinite(v) || (!signed && v < 0)) {
				throw new SeriesFormatException(lineNo, cols.length,
					signed ? "not a finite number: '" + raw + "'" : "must be zero or positive (kW), found '" + raw + "'");
			}
			if (n == values.length) {
				values = java.util.Arrays.copyOf(values, n * 2);
			}
			values[n++] = v;
		}
		if (n == 0) {
			throw new SeriesFormatException(0, 0, "no values found");
		}
		return java.util.Arrays.copyOf(values, n);
	}
}
