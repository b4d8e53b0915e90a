package org.atelier.energy.engine;

/**
 * Synthetic load profiles scaled to an annual consumption: an hourly shape for working days and
 * one for weekends (local time of the site), times a monthly seasonal factor.
 *
 * <p>Provenance: these are the engine's own parametric shapes, written for feasibility studies
 * from general knowledge of how such loads behave (morning and evening peaks at home, office
 * hours, shop opening hours, evening EV charging, heating-driven heat pumps). They follow the
 * familiar form of standard load profiles but are not fitted to, nor copied from, any measured
 * data set or published profile. Public holidays are not modelled. Replace them by measured
 * series where those exist.
 */
public enum LoadProfile {

	/** Household: low at night, morning bump, evening peak around 18–21 h; higher in winter (lighting). */
	RESIDENTIAL(
		new double[] { 0.45, 0.38, 0.35, 0.34, 0.35, 0.42, 0.65, 0.90, 0.85, 0.70, 0.65, 0.68,
			0.72, 0.68, 0.66, 0.70, 0.85, 1.15, 1.40, 1.45, 1.35, 1.15, 0.85, 0.60 },
		new double[] { 0.50, 0.42, 0.38, 0.36, 0.36, 0.40, 0.50, 0.68, 0.88, 0.98, 1.00, 1.02,
			1.00, 0.95, 0.90, 0.92, 1.00, 1.18, 1.38, 1.40, 1.30, 1.12, 0.88, 0.65 },
		new double[] { 1.25, 1.18, 1.08, 0.97, 0.90, 0.85, 0.83, 0.85, 0.92, 1.02, 1.15, 1.25 }),

	/** Office: office hours on working days, standby base at night and at weekends; cooling lifts summer slightly. */
	OFFICE(
		new double[] { 0.30, 0.30, 0.30, 0.30, 0.30, 0.35, 0.55, 0.90, 1.40, 1.60, 1.65, 1.65,
			1.55, 1.60, 1.60, 1.55, 1.40, 1.05, 0.65, 0.45, 0.38, 0.35, 0.32, 0.30 },
		new double[] { 0.30, 0.30, 0.30, 0.30, 0.30, 0.30, 0.30, 0.30, 0.32, 0.34, 0.35, 0.35,
			0.35, 0.35, 0.34, 0.33, 0.32, 0.31, 0.30, 0.30, 0.30, 0.30, 0.30, 0.30 },
		new double[] { 1.10, 1.08, 1.02, 0.96, 0.94, 0.98, 1.02, 0.96, 0.95, 0.98, 1.02, 1.06 }),

	/** Retail: open roughly 9–21 h, shorter on Sunday folded into the weekend shape; busiest in December. */
	RETAIL(
		new double[] { 0.25, 0.25, 0.25, 0.25, 0.25, 0.28, 0.40, 0.70, 1.10, 1.45, 1.50, 1.52,
			1.55, 1.55, 1.52, 1.52, 1.55, 1.58, 1.50, 1.35, 1.10, 0.55, 0.30, 0.26 },
		new double[] { 0.25, 0.25, 0.25, 0.25, 0.25, 0.26, 0.32, 0.55, 0.95, 1.30, 1.40, 1.45,
			1.45, 1.45, 1.42, 1.40, 1.35, 1.20, 0.90, 0.60, 0.40, 0.30, 0.27, 0.25 },
		new double[] { 1.00, 0.92, 0.95, 0.95, 0.97, 1.00, 1.03, 1.00, 0.96, 0.98, 1.06, 1.18 }),

	/** EV charging at home or work: arrival peak 17–23 h on working days, spread over the day at weekends; a bit more in winter. */
	EV_CHARGING(
		new double[] { 0.70, 0.50, 0.30, 0.15, 0.08, 0.05, 0.05, 0.08, 0.30, 0.45, 0.45, 0.40,
			0.40, 0.40, 0.45, 0.60, 1.00, 2.00, 2.60, 2.60, 2.30, 1.90, 1.50, 1.10 },
		new double[] { 0.60, 0.45, 0.30, 0.15, 0.08, 0.05, 0.05, 0.10, 0.30, 0.60, 0.90, 1.10,
			1.20, 1.20, 1.20, 1.25, 1.40, 1.60, 1.70, 1.60, 1.40, 1.20, 1.00, 0.80 },
		new double[] { 1.12, 1.10, 1.04, 0.98, 0.94, 0.92, 0.90, 0.90, 0.96, 1.02, 1.08, 1.12 }),

	/** Heat pump for space heating and hot water: strongly seasonal, morning and evening peaks; hot water only in summer. */
	HEAT_PUMP(
		new double[] { 0.80, 0.78, 0.78, 0.80, 0.90, 1.20, 1.45, 1.40, 1.20, 1.00, 0.90, 0.85,
			0.82, 0.80, 0.80, 0.85, 0.95, 1.15, 1.30, 1.25, 1.15, 1.05, 0.95, 0.85 },
		new double[] { 0.82, 0.80, 0.80, 0.80, 0.85, 1.00, 1.25, 1.40, 1.35, 1.15, 1.00, 0.92,
			0.88, 0.85, 0.85, 0.88, 0.95, 1.12, 1.25, 1.22, 1.12, 1.02, 0.95, 0.88 },
		new double[] { 2.00, 1.80, 1.45, 0.95, 0.50, 0.25, 0.20, 0.20, 0.35, 0.80, 1.40, 1.85 });

	private final double[] workingDay;
	private final double[] weekend;
	private final double[] seasonal;

	LoadProfile(double[] workingDay, double[] weekend, double[] seasonal) {
		this.workingDay = workingDay;
		this.weekend = weekend;
		this.seasonal = seasonal;
	}

	/** The key used in scenario files: lower case with hyphens, e.g. {@code ev-charging}. */
	public String key() {
		return name().toLowerCase().replace('_', '-');
	}

	public static java.util.Optional<LoadProfile> fromKey(String key) {
		for (LoadProfile p : values()) {
			if (p.key().equalsIgnoreCase(key.strip()) || p.name().equalsIgnoreCase(key.strip())) {
				return java.util.Optional.of(p);
			}
		}
		return java.util.Optional.empty();
	}

	/** The profile over the grid (kW per step), scaled so that it adds up to {@code annualKwh}. */
	public double[] generate(TimeGrid grid, double annualKwh) {
		int n = grid.steps();
		double[] kw = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			int dow = grid.localDayOfWeek(i);
			double[] shape = dow >= 6 ? weekend : workingDay;
			kw[i] = shape[grid.localHour(i)] * seasonal[grid.month(i) - 1];
			sum += kw[i];
		}
		double scale = sum > 0 ? annualKwh / (sum * grid.stepHours()) : 0;
		for (int i = 0; i < n; i++) {
			kw[i] *= scale;
		}
		return kw;
	}
}
