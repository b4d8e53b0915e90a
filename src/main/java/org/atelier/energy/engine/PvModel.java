package org.atelier.energy.engine;

/**
 * The built-in PV production model, for places without a PVGIS series:
 * <ol>
 * <li>sun position per step ({@link SunPath}, SPA);</li>
 * <li>clear-sky global horizontal irradiance (Haurwitz, {@link Irradiance#haurwitzGhi});</li>
 * <li>monthly clearness factors: each month is a mix of clear and overcast days whose
 * irradiation adds up to the climate's monthly mean ({@link #globalHorizontal});</li>
 * <li>split into direct and diffuse by the Erbs correlation, transposition to the plane of the
 * array by Hay–Davies with an incidence-angle modifier, ground albedo 0.2;</li>
 * <li>cell temperature by the NOCT model from the month's mean air temperature with an own
 * assumed daily swing of ±4 °C peaking at 15:00 solar time;</li>
 * <li>DC power by the PVWatts model and AC power by the PVWatts inverter model (Dobos 2014,
 * "PVWatts Version 5 Manual", NREL/TP-6A20-62641, eq. 2 and eq. 3-4).</li>
 * </ol>
 */
public final class PvModel {

	/** Temperature coefficient of power, typical of current crystalline-silicon modules (1/°C). */
	public static final double GAMMA_PER_C = -0.0037;
	/** PVWatts nominal and reference inverter efficiencies (Dobos 2014, section 8). */
	public static final double ETA_NOMINAL = 0.96;
	public static final double ETA_REFERENCE = 0.9637;
	public static final double ALBEDO = 0.2;

	private PvModel() {
	}

	/**
	 * Global horizontal irradiance per step (W/m²) for a climate and sun path.
	 *
	 * <p>Monthly clearness: a month is a deterministic mix of clear days (the clear-sky model as
	 * it is) and overcast days (the clear-sky model times one factor k). The number of clear days
	 * is chosen so that k comes closest to {@link #OVERCAST_NOMINAL} while the month's irradiation
	 * equals the climate's exactly; clear days are spread evenly over the month. Scaling every
	 * hour by one factor instead would turn every day into a dim, mostly diffuse day, which
	 * underestimates both the yield of tilted arrays and the production peaks that matter for
	 * congestion. This two-state sky is an own modelling choice of this engine.
	 */
	public static double[] globalHorizontal(TimeGrid grid, SunPath sun, Climate climate) {
		int n = grid.steps();
		int perDay = grid.stepsPerDay();
		double[] ghi = new double[n];
		double[] daySum = new double[grid.days()];
		for (int i = 0; i < n; i++) {
			ghi[i] = Irradiance.haurwitzGhi(sun.zenithDeg(i));
			daySum[i / perDay] += ghi[i] * grid.stepHours() / 1000.0;
		}
		double[] target = climate.monthlyGhiKwhM2();
		double[] dayFactor = new double[grid.days()];
		int first = 0;
		while (first < grid.days()) {
			int month = grid.date(first).getMonthValue();
			int last = first;
			while (last + 1 < grid.days() && grid.date(last + 1).getMonthValue() == month) {
				last++;
			}
			// a month only partly inside a short grid gets its part of the month's irradiation
			double monthDays = java.time.Month.of(month).length(false);
			monthFactors(daySum, first, last, target[month - 1] * Math.min(1.0, (last - first + 1) / monthDays), dayFactor);
			first = last + 1;
		}
		for (int i = 0; i < n; i++) {
			ghi[i] *= dayFactor[i / perDay];
		}
		return ghi;
	}

	/** Daily share of clear-sky irradiation on overcast days aimed at (typical of overcast days in western Europe). */
	public static final double OVERCAST_NOMINAL = 0.3;

	private static void monthFactors(double[] daySum, int first, int last, double targetKwh, double[] dayFactor) {
		int days = last - first + 1;
		int bestClear = 0;
		double bestK = Double.NaN;
		for (int clear = 0; clear <= days; clear++) {
			double clearKwh = 0;
			double overcastKwh = 0;
			for (int j = 0; j < days; j++) {
				if (isClear(j, clear, days)) {
					clearKwh += daySum[first + j];
				} else {
					overcastKwh += daySum[first + j];
				}
			}
			double k = overcastKwh > 0 ? (targetKwh - clearKwh) / overcastKwh : (clearKwh > 0 ? 1 : 0);
			boolean feasible = k >= 0 && k <= 1;
			if (feasible && (Double.isNaN(bestK) || Math.abs(k - OVERCAST_NOMINAL) < Math.abs(bestK - OVERCAST_NOMINAL))) {
				bestK = k;
				bestClear = clear;
			}
		}
		if (Double.isNaN(bestK)) {
			// brighter than clear sky every day (or no sun at all): scale all days alike
			double total = 0;
			for (int j = 0; j < days; j++) {
				total += daySum[first + j];
			}
			double f = total > 0 ? targetKwh / total : 0;
			for (int j = 0; j < days; j++) {
				dayFactor[first + j] = f;
			}
			return;
		}
		for (int j = 0; j < days; j++) {
			dayFactor[first + j] = isClear(j, bestClear, days) ? 1.0 : bestK;
		}
	}

	/** Spreads {@code clear} clear days evenly over {@code days} days. */
	private static boolean isClear(int j, int clear, int days) {
		return (long) (j + 1) * clear / days > (long) j * clear / days;
	}

	/** AC production of one array per step (kW). */
	public static double[] production(TimeGrid grid, SunPath sun, Climate climate, PvArray array) {
		return production(grid, sun, climate, array, globalHorizontal(grid, sun, climate));
	}

	/** AC production of one array per step (kW), given the global horizontal irradiance per step. */
	public static double[] production(TimeGrid grid, SunPath sun, Climate climate, PvArray array, double[] ghi) {
		int n = grid.steps();
		double[] kw = new double[n];
		double[] temps = climate.monthlyTempC();
		double lossFactor = 1 - array.lossesPercent() / 100.0;
		double pdc0Inverter = array.inverterKw() / ETA_NOMINAL;
		double half = grid.stepMinutes() * 30.0;
		for (int i = 0; i < n; i++) {
			double zenith = sun.zenithDeg(i);
			if (zenith >= 90 || ghi[i] <= 0) {
				continue;
			}
			double cosZ = Math.cos(Math.toRadians(zenith));
			double g0n = sun.extraterrestrialWm2(i);
			double kt = Math.min(1.0, ghi[i] / (g0n * cosZ));
			double dhi = ghi[i] * Irradiance.erbsDiffuseFraction(kt);
			// below 5° elevation the beam/diffuse split is unreliable: treat everything as diffuse
			double dni = cosZ < 0.0872 ? 0 : Math.min(g0n, (ghi[i] - dhi) / cosZ);
			if (dni == 0) {
				dhi = ghi[i];
			}
			double poa = Irradiance.hayDavies(zenith, sun.azimuthDeg(i), array.tiltDeg(), array.azimuthDeg(), dni, dhi,
				ghi[i], g0n, ALBEDO);
			double solarHour = solarHour(grid.epochSecond(i) + half, climate.longitudeDeg());
			double air = temps[grid.month(i) - 1] + 4.0 * Math.cos(2 * Math.PI * (solarHour - 15.0) / 24.0);
			double cell = Irradiance.cellTemperature(air, poa);
			double dc = pvWattsDc(poa, cell, array.kwp()) * lossFactor;
			kw[i] = pvWattsInverter(dc, array.inverterKw(), pdc0Inverter);
		}
		return kw;
	}

	/** PVWatts DC power (Dobos 2014, eq. 2): P = G_poa / 1000·P_dc0·(1 + γ·(T_cell − 25)). */
	public static double pvWattsDc(double poaWm2, double cellC, double kwp) {
		return Math.max(0, poaWm2 / 1000.0 * kwp * (1 + GAMMA_PER_C * (cellC - 25.0)));
	}

	/**
	 * PVWatts inverter (Dobos 2014, eq. 3-4): ζ = P_dc / P_dc0, η = η_nom/η_ref·(−0.0162·ζ −
	 * 0.0059/ζ + 0.9858), P_ac = min(η·P_dc, P_ac0), with P_dc0 = P_ac0 / η_nom.
	 */
	public static double pvWattsInverter(double dcKw, double acLimitKw, double pdc0Kw) {
		if (dcKw <= 0) {
			return 0;
		}
		double zeta = dcKw / pdc0Kw;
		double eta = ETA_NOMINAL / ETA_REFERENCE * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
		return Math.max(0, Math.min(eta * dcKw, acLimitKw));
	}

	/** Approximate local solar hour from UTC and longitude (equation of time left out: ±16 min). */
	private static double solarHour(double epochSecond, double longitudeDeg) {
		double utcHour = (epochSecond % 86400.0) / 3600.0;
		double h = utcHour + longitudeDeg / 15.0;
		return ((h % 24) + 24) % 24;
	}
}
