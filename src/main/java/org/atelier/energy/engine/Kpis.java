package org.atelier.energy.engine;

import java.util.Arrays;

/**
 * The year's key figures of a site, with the names used in JSON. Energies in kWh, powers in kW.
 *
 * @param annualLoadKwh total consumption
 * @param annualPvKwh PV production before curtailment
 * @param gridImportKwh energy taken from the grid
 * @param gridExportKwh energy fed into the grid
 * @param curtailedKwh PV energy curtailed to respect the export cap
 * @param selfConsumptionRatio 1 − (export + curtailed) / PV; 0 without PV
 * @param selfSufficiencyRatio 1 − import / load; 0 without load
 * @param peakImportKw highest import in a step
 * @param peakExportKw highest export in a step (a positive number)
 * @param stepsImportOverCap steps whose import exceeds the import cap (congestion violations)
 * @param energyImportOverCapKwh energy imported above the cap in those steps
 * @param importCapNeededP99Kw the 99th percentile of import (nearest rank over all steps)
 * @param batteryChargeKwh energy taken from the bus into the battery
 * @param batteryDischargeKwh energy delivered by the battery to the bus
 * @param batteryLossesKwh charge and discharge losses
 * @param batteryCycles equivalent full cycles: discharged energy / nominal capacity
 * @param batteryStartKwh state of charge at the start of the year
 * @param batteryEndKwh state of charge at the end of the year
 * @param energyBalanceKwh PV − load; ≥ 0 means energy-positive over the year
 * @param conservationErrorKwh PV + import + batteryStart − load − export − curtailed − losses −
 *        batteryEnd; about 0 when no energy is lost or created
 */
public record Kpis(double annualLoadKwh, double annualPvKwh, double gridImportKwh, double gridExportKwh,
		double curtailedKwh, double selfConsumptionRatio, double selfSufficiencyRatio, double peakImportKw,
		double peakExportKw, int stepsImportOverCap, double energyImportOverCapKwh, double importCapNeededP99Kw,
		double batteryChargeKwh, double batteryDischargeKwh, double batteryLossesKwh, double batteryCycles,
		double batteryStartKwh, double batteryEndKwh, double energyBalanceKwh, double conservationErrorKwh) {

	/** Tolerance below which import counts as within the cap (kW), against rounding noise. */
	static final double CAP_TOLERANCE_KW = 1e-9;

	public static Kpis of(DispatchResult r) {
		TimeGrid grid = r.grid();
		int n = grid.steps();
		double h = grid.stepHours();
		double eta = r.battery().oneWayEfficiency();
		double load = 0, pv = 0, imp = 0, exp = 0, curt = 0, peakImp = 0, peakExp = 0, over = 0;
		double charge = 0, discharge = 0, losses = 0;
		int overSteps = 0;
		double[] imports = new double[n];
		for (int i = 0; i < n; i++) {
			double g = r.gridKw()[i];
			load += r.loadKw()[i];
			pv += r.pvKw()[i];
			curt += r.curtailedKw()[i];
			if (g > 0) {
				imp += g;
				imports[i] = g;
				peakImp = Math.max(peakImp, g);
				double excess = g - r.importCapKw()[i];
				if (excess > CAP_TOLERANCE_KW) {
					overSteps++;
					over += excess;
				}
			} else {
				exp -= g;
				peakExp = Math.max(peakExp, -g);
			}
			double b = r.batteryKw()[i];
			if (b > 0) {
				charge += b;
				losses += b * (1 - eta);
			} else if (b < 0) {
				discharge -= b;
				losses += -b * (1 / eta - 1);
			}
		}
		load *= h;
		pv *= h;
		imp *= h;
		exp *= h;
		curt *= h;
		over *= h;
		charge *= h;
		discharge *= h;
		losses *= h;
		double start = r.battery().initialKwh();
		double end = n > 0 ? r.socKwh()[n - 1] : start;
		double capacity = r.battery().capacityKwh();
		return new Kpis(load, pv, imp, exp, curt,
			pv > 0 ? 1 - (exp + curt) / pv : 0,
			load > 0 ? 1 - imp / load : 0,
			peakImp, peakExp, overSteps, over, percentile(imports, 0.99),
			charge, discharge, losses, capacity > 0 ? discharge / capacity : 0,
			start, end, pv - load,
			pv + imp + start - load - exp - curt - losses - end);
	}

	/** Nearest-rank percentile: the smallest value with at least a fraction {@code p} of values at or below it. Sorts in place. */
	static double percentile(double[] values, double p) {
		if (values.length == 0) {
			return 0;
		}
		Arrays.sort(values);
		int rank = (int) Math.ceil(p * values.length);
		return values[Math.max(0, rank - 1)];
	}
}
