package org.atelier.energy.engine;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs one site for every combination of battery capacity and import cap, in parallel over the
 * available cores (the common fork-join pool). Each run is an independent dispatch over shared,
 * read-only load and PV arrays; results come back in grid order (capacities outer, caps inner).
 * The community allocation is not part of a sweep: it does not change the site's flows.
 */
public final class Sweep {

	private Sweep() {
	}

	/** One sweep run: the battery and cap it used and the site's KPIs. */
	public record Point(double batteryCapacityKwh, double batteryPowerKw, double importCapKw, Kpis kpis) {
	}

	/**
	 * @param cRate battery power per kWh of capacity (1/h) used to size the power of each capacity
	 */
	public static List<Point> run(TimeGrid grid, double[] loadKw, double[] pvKw, double[] exportCapKw, Battery base,
			Strategy strategy, double[] capacitiesKwh, double[] importCapsKw, double cRate) {
		int caps = importCapsKw.length;
		int total = capacitiesKwh.length * caps;
		Point[] points = new Point[total];
		IntStream.range(0, total).parallel().forEach(k -> {
			double capacity = capacitiesKwh[k / caps];
			double importCap = importCapsKw[k % caps];
			Battery b = base.resized(capacity, capacity * cRate);
			DispatchResult r = Dispatch.run(grid, loadKw, pvKw, grid.constant(importCap), exportCapKw, b, strategy);
			points[k] = new Point(capacity, capacity * cRate, importCap, Kpis.of(r));
		});
		return List.of(points);
	}
}
