package org.atelier.energy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.atelier.energy.ScenarioSweep;
import org.atelier.energy.engine.Sweep;
import org.jspecify.annotations.Nullable;

/**
 * A sweep laid out for reading: one row per battery capacity, one column per import cap, each cell
 * the run at that combination; and for each cap the smallest battery that keeps every step under it.
 */
record SweepGrid(List<Double> capacities, List<Double> caps, List<List<Sweep.Point>> rows,
		List<@Nullable Double> smallestWithoutCongestion, int scenarios, long elapsedMs, String strategy) {

	static SweepGrid of(ScenarioSweep.Result result) {
		TreeSet<Double> capacities = new TreeSet<>();
		TreeSet<Double> caps = new TreeSet<>();
		for (Sweep.Point p : result.rows()) {
			capacities.add(p.batteryCapacityKwh());
			caps.add(p.importCapKw());
		}
		List<Double> capList = List.copyOf(caps);
		List<List<Sweep.Point>> rows = new ArrayList<>();
		for (double capacity : capacities) {
			List<Sweep.Point> row = new ArrayList<>();
			for (double cap : capList) {
				result.rows().stream().filter(p -> p.batteryCapacityKwh() == capacity && p.importCapKw() == cap)
					.findFirst().ifPresent(row::add);
			}
			rows.add(row);
		}
		List<@Nullable Double> smallest = new ArrayList<>();
		for (double cap : capList) {
			smallest.add(result.rows().stream()
				.filter(p -> p.importCapKw() == cap && p.kpis().stepsImportOverCap() == 0)
				.map(Sweep.Point::batteryCapacityKwh).min(Double::compare).orElse(null));
		}
		return new SweepGrid(List.copyOf(capacities), capList, rows, smallest, result.scenarios(), result.elapsedMs(),
				result.strategy());
	}
}
