package org.atelier.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.energy.engine.Battery;
import org.atelier.energy.engine.Kpis;
import org.atelier.energy.engine.Strategy;
import org.atelier.energy.engine.Sweep;
import org.jspecify.annotations.Nullable;

/**
 * A battery size × import cap sweep of one scenario: validates the sweep request, runs the
 * engine's parallel {@link Sweep} and reports a row per combination.
 */
public final class ScenarioSweep {

	static final int MAX_POINTS = 10_000;

	private ScenarioSweep() {
	}

	/** The sweep's answer: its rows and how long the runs took. */
	public record Result(int scenarios, long elapsedMs, String strategy, List<Sweep.Point> rows) {
	}

	public static SweepRequest read(String json) {
		return ScenarioReader.read(json, SweepRequest.class);
	}

	public static Result run(SweepRequest request, PreparedScenario scenario) {
		List<ScenarioProblem> problems = new ArrayList<>();
		double[] capacities = values(request.batteryCapacityKwh(), "batteryCapacityKwh", problems);
		double[] caps = values(request.importCapKw(), "importCapKw", problems);
		Battery base = scenario.battery().capacityKwh() > 0 ? scenario.battery() : new Battery(1, 0.5, 0.9, 0, 1, 0.5);
		double cRate = base.powerKw() / base.capacityKwh();
		if (request.cRate() != null) {
			if (!(request.cRate() > 0 && request.cRate() <= 10)) {
				problems.add(new ScenarioProblem("cRate", "must be above 0 and at most 10"));
			}
			cRate = request.cRate();
		}
		Strategy strategy = scenario.battery().capacityKwh() > 0 ? scenario.strategy() : Strategy.PEAK_SHAVING;
		if (request.strategy() != null) {
			try {
				strategy = Strategy.valueOf(request.strategy().strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				problems.add(new ScenarioProblem("strategy", "must be NONE, SELF_CONSUMPTION, PEAK_SHAVING or SELF_CONSUMPTION_WITH_CAP"));
			}
		}
		if (problems.isEmpty() && (long) capacities.length * caps.length > MAX_POINTS) {
			problems.add(new ScenarioProblem("", "at most " + MAX_POINTS + " combinations, asked for "
				+ (long) capacities.length * caps.length));
		}
		if (!problems.isEmpty()) {
			throw new InvalidScenarioException(problems);
		}
		long t0 = System.nanoTime();
		List<Sweep.Point> rows = Sweep.run(scenario.grid, scenario.siteLoadKw, scenario.sitePvKw, scenario.exportCapKw, base,
			strategy, capacities, caps, cRate);
		long ms = (System.nanoTime() - t0) / 1_000_000;
		return new Result(rows.size(), ms, strategy.name(), rows);
	}

	/** A plain-text table of the main figures, one row per combination. */
	public static String table(Result r) {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "%12s %10s %10s %8s %12s %10s %10s %10s%n", "battery_kWh", "power_kW",
			"cap_kW", "over_n", "over_kWh", "peak_kW", "p99_kW", "selfsuff"));
		for (Sweep.Point p : r.rows()) {
			Kpis k = p.kpis();
			sb.append(String.format(Locale.ROOT, "%12.1f %10.1f %10.1f %8d %12.1f %10.1f %10.1f %10.3f%n",
				p.batteryCapacityKwh(), p.batteryPowerKw(), p.importCapKw(), k.stepsImportOverCap(),
				k.energyImportOverCapKwh(), k.peakImportKw(), k.importCapNeededP99Kw(), k.selfSufficiencyRatio()));
		}
		sb.append(String.format(Locale.ROOT, "%d scenarios in %d ms (%s)%n", r.scenarios(), r.elapsedMs(), r.strategy()));
		return sb.toString();
	}

	private static double[] values(SweepRequest.@Nullable Range range, String path, List<ScenarioProblem> problems) {
		if (range == null) {
			problems.add(new ScenarioProblem(path, "is required: {\"values\": [...]} or {\"from\": ..., \"to\": ..., \"count\": ...}"));
			return new double[0];
		}
		if (range.values() != null) {
			if (range.values().isEmpty()) {
				problems.add(new ScenarioProblem(path + ".values", "must not be empty"));
			}
			double[] v = new double[range.values().size()];
			for (int i = 0; i < v.length; i++) {
				Double x = range.values().get(i);
				if (x == null || !(x >= 0) || Double.isInfinite(x)) {
					problems.add(new ScenarioProblem(path + ".values[" + i + "]", "must be zero or positive"));
				} else {
					v[i] = x;
				}
			}
			return v;
		}
		if (range.from() == null || range.to() == null || range.count() == null) {
			problems.add(new ScenarioProblem(path, "give values, or from, to and count"));
			return new double[0];
		}
		if (!(range.from() >= 0) || !(range.to() >= range.from())) {
			problems.add(new ScenarioProblem(path + ".to", "must be at least from, and from at least 0"));
			return new double[0];
		}
		if (range.count() < 1 || range.count() > MAX_POINTS) {
			problems.add(new ScenarioProblem(path + ".count", "must be between 1 and " + MAX_POINTS));
			return new double[0];
		}
		int n = range.count();
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			v[i] = n == 1 ? range.from() : range.from() + (range.to() - range.from()) * i / (n - 1);
		}
		return v;
	}
}
