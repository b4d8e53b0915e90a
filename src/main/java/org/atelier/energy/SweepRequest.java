package org.atelier.energy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Sweep JSON: a scenario file (relative to the sweep file) and the battery capacities and import
 * caps to combine, each as {@code {"values":[…]}} or {@code {"from":…,"to":…,"count":…}}
 * (evenly spaced, ends included). {@code cRate} (kW per kWh) sizes each battery's power; by
 * default the scenario battery's own ratio, or 0.5 without a battery. {@code strategy} overrides
 * the scenario's (default PEAK_SHAVING when the scenario has no battery).
 */
public record SweepRequest(@Nullable String scenario, @Nullable Range batteryCapacityKwh, @Nullable Range importCapKw,
		@Nullable Double cRate, @Nullable String strategy) {

	public record Range(@Nullable List<Double> values, @Nullable Double from, @Nullable Double to, @Nullable Integer count) {
	}
}
