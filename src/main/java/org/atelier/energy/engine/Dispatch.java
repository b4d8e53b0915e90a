package org.atelier.energy.engine;

/**
 * Runs a site through the year: per step a frozen {@link StepState}, then in fixed order
 * (1) the strategy proposes a battery power, (2) the battery limits it, (3) the connection
 * curtails PV so that export stays within the export cap, (4) the step is booked. Import above
 * the import cap is left in place: it is the congestion violation the KPIs report.
 */
public final class Dispatch {

	private Dispatch() {
	}

	public static DispatchResult run(TimeGrid grid, double[] loadKw, double[] pvKw, double[] importCapKw,
			double[] exportCapKw, Battery battery, Strategy strategy) {
		int n = grid.steps();
		requireLength(n, loadKw, "load");
		requireLength(n, pvKw, "PV");
		requireLength(n, importCapKw, "import cap");
		requireLength(n, exportCapKw, "export cap");
		double h = grid.stepHours();
		double[] reserve = strategy.usesReserve() ? peakReserve(grid, loadKw, pvKw, importCapKw, battery) : null;
		double[] gridKw = new double[n];
		double[] batteryKw = new double[n];
		double[] socKwh = new double[n];
		double[] curtailedKw = new double[n];
		double soc = battery.initialKwh();
		boolean hasBattery = battery.capacityKwh() > 0 && battery.powerKw() > 0;
		for (int i = 0; i < n; i++) {
			double load = loadKw[i];
			double pv = pvKw[i];
			double b = 0;
			if (hasBattery) {
				StepState state = new StepState(i, h, load, pv, importCapKw[i], exportCapKw[i], soc,
					reserve == null || i + 1 >= n ? 0 : reserve[i + 1]);
				b = battery.limit(strategy.proposeKw(state, battery), soc, h);
			}
			double g = load - pv + b;
			double curtailed = 0;
			if (g < -exportCapKw[i]) {
				curtailed = Math.min(pv, -exportCapKw[i] - g);
				g += curtailed;
			}
			soc = hasBattery ? battery.socAfter(soc, b, h) : soc;
			gridKw[i] = g;
			batteryKw[i] = b;
			socKwh[i] = soc;
			curtailedKw[i] = curtailed;
		}
		return new DispatchResult(grid, loadKw, pvKw, importCapKw, exportCapKw, gridKw, batteryKw, socKwh, curtailedKw,
			battery);
	}

	/**
	 * The energy (kWh, in the battery) needed from step {@code i} on to shave all import above the
	 * cap within the next 24 hours, at most the usable capacity: Σ max(0, net − cap)·h / √η over
	 * the window, computed backwards as a sliding sum. This assumes a perfect 24-hour forecast of
	 * load and PV, which suits a feasibility study; an operational controller would use a forecast.
	 */
	static double[] peakReserve(TimeGrid grid, double[] loadKw, double[] pvKw, double[] importCapKw, Battery battery) {
		int n = grid.steps();
		int window = grid.stepsPerDay();
		double h = grid.stepHours();
		double eta = battery.oneWayEfficiency();
		double usable = battery.maxKwh() - battery.minKwh();
		double[] reserve = new double[n];
		double sum = 0;
		for (int i = n - 1; i >= 0; i--) {
			sum += need(loadKw, pvKw, importCapKw, i, h, eta);
			if (i + window < n) {
				sum -= need(loadKw, pvKw, importCapKw, i + window, h, eta);
			}
			reserve[i] = Math.min(usable, Math.max(0, sum));
		}
		return reserve;
	}

	private static double need(double[] load, double[] pv, double[] cap, int i, double h, double eta) {
		return Math.max(0, load[i] - pv[i] - cap[i]) * h / eta;
	}

	private static void requireLength(int n, double[] a, String what) {
		if (a.length != n) {
			throw new IllegalArgumentException(what + " series has " + a.length + " values, the grid has " + n + " steps");
		}
	}
}
