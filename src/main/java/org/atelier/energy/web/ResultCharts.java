package org.atelier.energy.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.energy.SimulationResult.StepSeries;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a run's per-step series into the data of its charts, as JSON for the canvases' data
 * attributes: a week of grid power against the caps, the load-duration curve of import with the
 * cap, the typical day of each season, and a week of measured against modelled values.
 */
final class ResultCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int DURATION_POINTS = 200;
	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

	/** Meteorological seasons by month (December–February is winter in the northern hemisphere). */
	static final String[] SEASONS = { "winter", "spring", "summer", "autumn" };

	private final StepSeries s;
	private final ZoneId zone;
	private final int stepsPerDay;
	private final Instant start;
	private final DateTimeFormatter label;

	ResultCharts(StepSeries series, ZoneId zone, java.util.Locale locale) {
		this.s = series;
		this.zone = zone;
		this.label = LABEL.withLocale(locale);
		this.stepsPerDay = 24 * 60 / series.stepMinutes();
		this.start = Instant.parse(series.start());
	}

	int weeks() {
		return Math.max(1, s.loadKw().length / (7 * stepsPerDay));
	}

	/** The week (1-based) holding the highest import, where congestion shows first. */
	int peakWeek() {
		int peak = 0;
		for (int i = 1; i < s.gridKw().length; i++) {
			if (s.gridKw()[i] > s.gridKw()[peak]) {
				peak = i;
			}
		}
		return Math.min(weeks(), peak / (7 * stepsPerDay) + 1);
	}

	/** Load, PV, grid (import positive) and battery power over one week, with the caps. */
	String week(int week, Map<String, String> labels) {
		int from = (week - 1) * 7 * stepsPerDay;
		int to = Math.min(s.loadKw().length, from + 7 * stepsPerDay);
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(series(labels.get("load"), "load", slice(s.loadKw(), from, to)));
		series.add(series(labels.get("pv"), "pv", slice(s.pvKw(), from, to)));
		series.add(series(labels.get("grid"), "grid", slice(s.gridKw(), from, to)));
		series.add(series(labels.get("battery"), "battery", slice(s.batteryKw(), from, to)));
		if (hasCap(s.importCapKw())) {
			series.add(series(labels.get("importCap"), "cap", capSlice(s.importCapKw(), from, to, 1)));
		}
		if (hasCap(s.exportCapKw())) {
			series.add(series(labels.get("exportCap"), "cap", capSlice(s.exportCapKw(), from, to, -1)));
		}
		return json(Map.of("labels", timeLabels(from, to), "series", series, "unit", "kW"));
	}

	/** A week of measured values against the modelled ones. */
	String overlay(int week, double[] modelled, double[] measured, Map<String, String> labels) {
		int from = (week - 1) * 7 * stepsPerDay;
		int to = Math.min(modelled.length, from + 7 * stepsPerDay);
		return json(Map.of("labels", timeLabels(from, to), "unit", "kW", "series",
				List.of(series(labels.get("modelled"), "grid", slice(modelled, from, to)),
						series(labels.get("measured"), "load", slice(measured, from, to)))));
	}

	/**
	 * The load-duration curve of import: import per step sorted from highest to lowest, sampled at
	 * {@value #DURATION_POINTS} evenly spaced shares of the year, with the import cap as a line.
	 */
	String duration(Map<String, String> labels) {
		double[] imports = Arrays.stream(s.gridKw()).map(g -> Math.max(0, g)).sorted().toArray();
		int n = imports.length;
		List<String> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		List<@Nullable Double> cap = new ArrayList<>();
		Double c = firstCap(s.importCapKw());
		for (int k = 0; k <= DURATION_POINTS; k++) {
			double share = (double) k / DURATION_POINTS;
			int index = (int) Math.min(n - 1, Math.round(share * (n - 1)));
			x.add(String.format(java.util.Locale.ROOT, "%.1f", share * 100));
			y.add(round(imports[n - 1 - index]));
			cap.add(c);
		}
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(series(labels.get("import"), "grid", y));
		if (c != null) {
			series.add(series(labels.get("importCap"), "cap", cap));
		}
		return json(Map.of("labels", x, "series", series, "unit", "kW", "xUnit", "%"));
	}

	/** Average load, PV and grid power per hour of the local day, for each season. */
	Map<String, String> typicalDays(Map<String, String> labels) {
		double[][][] sum = new double[4][3][24];
		int[][] count = new int[4][24];
		for (int i = 0; i < s.loadKw().length; i++) {
			LocalDateTime t = LocalDateTime.ofInstant(start.plusSeconds(60L * s.stepMinutes() * i), zone);
			int season = (t.getMonthValue() % 12) / 3;
			int h = t.getHour();
			sum[season][0][h] += s.loadKw()[i];
			sum[season][1][h] += s.pvKw()[i];
			sum[season][2][h] += s.gridKw()[i];
			count[season][h]++;
		}
		Map<String, String> out = new LinkedHashMap<>();
		List<String> hours = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hours.add(String.format("%02d:00", h));
		}
		String[] kinds = { "load", "pv", "grid" };
		for (int season = 0; season < 4; season++) {
			List<Map<String, Object>> series = new ArrayList<>();
			for (int k = 0; k < 3; k++) {
				List<Double> avg = new ArrayList<>();
				for (int h = 0; h < 24; h++) {
					avg.add(count[season][h] == 0 ? 0 : round(sum[season][k][h] / count[season][h]));
				}
				series.add(series(labels.get(kinds[k]), kinds[k], avg));
			}
			out.put(SEASONS[season], json(Map.of("labels", hours, "series", series, "unit", "kW")));
		}
		return out;
	}

	/** Any bar chart of named values per label. */
	static String bars(List<String> labels, Map<String, List<Double>> values, String unit) {
		List<Map<String, Object>> series = new ArrayList<>();
		int i = 0;
		for (var e : values.entrySet()) {
			series.add(series(e.getKey(), "bar" + i++, e.getValue().stream().map(ResultCharts::round).toList()));
		}
		return json(Map.of("labels", labels, "series", series, "unit", unit));
	}

	private List<String> timeLabels(int from, int to) {
		List<String> out = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			out.add(LocalDateTime.ofInstant(start.plusSeconds(60L * s.stepMinutes() * i), zone).format(label));
		}
		return out;
	}

	private static Map<String, Object> series(@Nullable String label, String kind, List<? extends @Nullable Object> data) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("label", label == null ? kind : label);
		m.put("kind", kind);
		m.put("data", data);
		return m;
	}

	private static List<Double> slice(double[] a, int from, int to) {
		List<Double> out = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			out.add(round(a[i]));
		}
		return out;
	}

	private static List<@Nullable Double> capSlice(@Nullable Double[] caps, int from, int to, int sign) {
		List<@Nullable Double> out = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			out.add(caps[i] == null ? null : sign * caps[i]);
		}
		return out;
	}

	private static boolean hasCap(@Nullable Double[] caps) {
		return firstCap(caps) != null;
	}

	private static @Nullable Double firstCap(@Nullable Double[] caps) {
		for (Double c : caps) {
			if (c != null) {
				return c;
			}
		}
		return null;
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

	private static String json(Object o) {
		return JSON.writeValueAsString(o);
	}
}
