package org.atelier.energy.engine;

/**
 * The site's flows per step after dispatch (kW; battery state of charge at the END of each step
 * in kWh), plus the series the dispatch ran on. Arrays are owned by this result: callers must
 * not change them.
 */
public record DispatchResult(TimeGrid grid, double[] loadKw, double[] pvKw, double[] importCapKw, double[] exportCapKw,
		double[] gridKw, double[] batteryKw, double[] socKwh, double[] curtailedKw, Battery battery) {
}
