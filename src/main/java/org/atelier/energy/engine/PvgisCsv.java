package org.atelier.energy.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PVGIS hourly time-series CSV ("hourly radiation" download with PV power): header lines
 * (the nominal PV power among them), the column row starting with {@code time,P,}, data rows
 * stamped {@code yyyyMMdd:HHmm} in UTC, then legend lines, which are ignored. Both column layouts
 * PVGIS writes are understood, {@code time,P,G(i),…} and {@code time,P,Gb(i),Gd(i),Gr(i),…}: only
 * P is used, the array's AC power in W for the nominal peak power requested.
 *
 * <p>A row stamped HH:mm belongs to the hour HH (PVGIS stamps the hour at the minute of its
 * satellite time, e.g. :10). Leap days are skipped; with several years in the file each hour of
 * the year is the average over the years. This is the only place of the engine besides
 * {@link LoadCsv} that reads text.
 */
public final class PvgisCsv {

	private static final Pattern STAMP = Pattern.compile("(\\d{4})(\\d{2})(\\d{2}):(\\d{2})(\\d{2})");
	private static final Pattern PEAK = Pattern.compile("(?i)(nominal power|peak power)[^:]*\\(kWp\\)\\s*:\\s*([0-9.]+)");
	private static final int[] MONTH_START = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	private static final int[] MONTH_DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	private static final int HOURS = TimeGrid.DAYS * 24;

	private PvgisCsv() {
	}

	/**
	 * A typical year of PVGIS production.
	 *
	 * @param peakKwp the nominal peak power the file was made for (from its header), NaN if the header lacks it
	 * @param hourlyW per hour of the (365-day) year, the PV power in W
	 * @param years how many years of data were averaged
	 */
	public record Series(double peakKwp, double[] hourlyW, int years) {

		/**
		 * The production of an array of {@code arrayKwp} on the grid (kW), scaled from the file's
		 * peak power ({@code fileKwp} when the header did not state one).
		 */
		public double[] kwFor(TimeGrid grid, double arrayKwp, double fileKwp) {
			double scale = arrayKwp / fileKwp / 1000.0;
			int perHour = 60 / grid.stepMinutes();
			double[] kw = new double[grid.steps()];
			for (int i = 0; i < kw.length; i++) {
				kw[i] = hourlyW[i / perHour] * scale;
			}
			return kw;
		}
	}

	public static Series parse(String text) {
		return parse(new StringReader(text));
	}

	public static Series parse(Reader reader) {
		try (BufferedReader in = new BufferedReader(reader)) {
			return read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The nominal power from the header: a positive number, or a problem naming its line (not a bare NumberFormatException). */
	private static double peakOf(String text, int lineNo, String line) {
		double peak;
		try {
			peak = Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw new SeriesFormatException(lineNo, 0, "the nominal power (kWp) is not a number: " + line);
		}
		if (!(peak > 0) || Double.isInfinite(peak)) {
			throw new SeriesFormatException(lineNo, 0, "the nominal power (kWp) must be above zero: " + line);
		}
		return peak;
	}

	private static Series read(BufferedReader in) throws IOException {
		double peak = Double.NaN;
		int lineNo = 0;
		int pColumn = -1;
		String line;
		while ((line = in.readLine()) != null) {
			lineNo++;
			String t = stripBom(line, lineNo).strip();
			Matcher m = PEAK.matcher(t);
			if (m.find()) {
				peak = peakOf(m.group(2), lineNo, t);
			}
			if (t.toLowerCase().startsWith("time,")) {
				String[] cols = t.split(",");
				for (int c = 0; c < cols.length; c++) {
					if (cols[c].strip().equals("P")) {
						pColumn = c;
					}
				}
				if (pColumn < 0) {
					throw new SeriesFormatException(lineNo, 0, "the column row has no P column (PV power in W): " + t);
				}
				break;
			}
		}
		if (pColumn < 0) {
			throw new SeriesFormatException(0, 0, "no column row starting with 'time,' found: is this a PVGIS hourly CSV with PV power?");
		}
		double[] sum = new double[HOURS];
		int[] count = new int[HOURS];
		int firstYear = -1;
		int lastYear = -1;
		int rows = 0;
		while ((line = in.readLine()) != null) {
			lineNo++;
			String t = line.strip();
			if (t.isEmpty()) {
				break; // the legend follows
			}
			String[] cols = t.split(",", -1);
			Matcher m = STAMP.matcher(cols[0].strip());
			if (!m.matches()) {
				if (rows > 0 && !Character.isDigit(t.charAt(0))) {
					break; // legend lines right after the data
				}
				throw new SeriesFormatException(lineNo, 1, "expected a time stamp yyyyMMdd:HHmm, found '" + cols[0] + "'");
			}
			int year = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(2));
			int day = Integer.parseInt(m.group(3));
			int hour = Integer.parseInt(m.group(4));
			if (month < 1 || month > 12 || hour > 23 || day < 1 || day > (month == 2 ? 29 : MONTH_DAYS[month - 1])) {
				throw new SeriesFormatException(lineNo, 1, "not a valid date and hour: '" + cols[0] + "'");
			}
			if (cols.length <= pColumn) {
				throw new SeriesFormatException(lineNo, pColumn + 1, "missing the P value");
			}
			double p;
			try {
				p = Double.parseDouble(cols[pColumn].strip());
			} catch (NumberFormatException e) {
				throw new SeriesFormatException(lineNo, pColumn + 1, "P is not a number: '" + cols[pColumn] + "'");
			}
			if (!(p >= 0) || Double.isInfinite(p)) {
				throw new SeriesFormatException(lineNo, pColumn + 1, "P must be zero or positive, found " + cols[pColumn]);
			}
			rows++;
			firstYear = firstYear < 0 ? year : Math.min(firstYear, year);
			lastYear = Math.max(lastYear, year);
			if (month == 2 && day == 29) {
				continue;
			}
			int h = (MONTH_START[month - 1] + day - 1) * 24 + hour;
			sum[h] += p;
			count[h]++;
		}
		if (rows == 0) {
			throw new SeriesFormatException(lineNo, 0, "no data rows after the column row");
		}
		double[] hourly = new double[HOURS];
		for (int h = 0; h < HOURS; h++) {
			if (count[h] == 0) {
				int d = h / 24;
				int month = 0;
				while (month < 11 && MONTH_START[month + 1] <= d) {
					month++;
				}
				throw new SeriesFormatException(0, 0, String.format("the file has no value for %02d-%02d %02d:00 UTC: "
					+ "a full year of hourly data is needed", month + 1, d - MONTH_START[month] + 1, h % 24));
			}
			hourly[h] = sum[h] / count[h];
		}
		return new Series(peak, hourly, lastYear - firstYear + 1);
	}

	private static String stripBom(String line, int lineNo) {
		return lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
	}
}
