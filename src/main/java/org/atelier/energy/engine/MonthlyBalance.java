package org.atelier.energy.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A month of the site's energy balance (UTC months; energies in kWh, power in kW).
 */
public record MonthlyBalance(int month, double loadKwh, double pvKwh, double gridImportKwh, double gridExportKwh,
		double curtailedKwh, double energyBalanceKwh, double peakImportKw, int stepsImportOverCap) {

	public static List<MonthlyBalance> of(DispatchResult r) {
		TimeGrid grid = r.grid();
		double h = grid.stepHours();
		double[] load = new double[13], pv = new double[13], imp = new double[13], exp = new double[13],
			curt = new double[13], peak = new double[13];
		int[] over = new int[13];
		for (int i = 0; i < grid.steps(); i++) {
			int m = grid.month(i);
			double g = r.gridKw()[i];
			load[m] += r.loadKw()[i] * h;
			pv[m] += r.pvKw()[i] * h;
			curt[m] += r.curtailedKw()[i] * h;
			if (g > 0) {
				imp[m] += g * h;
				peak[m] = Math.max(peak[m], g);
				if (g - r.importCapKw()[i] > Kpis.CAP_TOLERANCE_KW) {
					over[m]++;
				}
			} else {
				exp[m] -= g * h;
			}
		}
		List<MonthlyBalance> months = new ArrayList<>(12);
		for (int m = 1; m <= 12; m++) {
			months.add(new MonthlyBalance(m, load[m], pv[m], imp[m], exp[m], curt[m], pv[m] - load[m], peak[m], over[m]));
		}
		return months;
	}
}
