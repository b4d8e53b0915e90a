package org.atelier.energy.engine;

/**
 * Model-against-monitoring calibration by ASHRAE Guideline 14-2014, "Measurement of Energy,
 * Demand, and Water Savings", section 4.3.3.4 and Annex B: with measured values y_i, modelled
 * values ŷ_i, their count n, the mean measured value ȳ and p = 1 parameter,
 * <pre>
 * NMBE     = Σ (y_i − ŷ_i) / ((n − p)·ȳ) × 100 %
 * CV(RMSE) = √(Σ (y_i − ŷ_i)² / (n − p)) / ȳ × 100 %
 * </pre>
 * A model is calibrated on hourly data when |NMBE| ≤ 10% and CV(RMSE) ≤ 30%. A positive NMBE
 * means the model predicts too little.
 */
public final class Calibration {

	/** Number of model parameters p in the denominators. */
	public static final int P = 1;
	public static final double HOURLY_NMBE_LIMIT_PERCENT = 10;
	public static final double HOURLY_CVRMSE_LIMIT_PERCENT = 30;

	private Calibration() {
	}

	/** The fit statistics of one model series against a measured series of the same length and step. */
	public record Metrics(double nmbePercent, double cvrmsePercent, boolean withinGuideline14Hourly) {
	}

	/**
	 * The fitted factors: the model becomes loadScale·load − pvFactor·pv. {@code pvLossFactor} is
	 * the extra loss this implies, 1 − pvFactor (negative when PV was underestimated).
	 */
	public record Fit(double loadScale, double pvFactor, double pvLossFactor, Metrics before, Metrics after) {
	}

	public static Metrics metrics(double[] modelled, double[] measured) {
		int n = measured.length;
		if (modelled.length != n) {
			throw new IllegalArgumentException("modelled and measured must have the same length: modelled has " + modelled.length + " values, measured has " + n);
		}
		if (n <= P) {
			throw new IllegalArgumentException("need more than " + P + " values, got " + n);
		}
		double mean = 0;
		for (double y : measured) {
			mean += y;
		}
		mean /= n;
		if (mean == 0) {
			throw new IllegalArgumentException("the measured mean is zero: NMBE and CV(RMSE) are undefined");
		}
		double sum = 0;
		double sumSq = 0;
		for (int i = 0; i < n; i++) {
			double e = measured[i] - modelled[i];
			sum += e;
			sumSq += e * e;
		}
		double nmbe = sum / ((n - P) * mean) * 100;
		double cv = Math.sqrt(sumSq / (n - P)) / mean * 100;
		return new Metrics(nmbe, cv, Math.abs(nmbe) <= HOURLY_NMBE_LIMIT_PERCENT && cv <= HOURLY_CVRMSE_LIMIT_PERCENT);
	}

	/**
	 * Fits a load scale factor s ≥ 0 and a PV factor f ≥ 0 so that s·load − f·pv matches the
	 * measured net demand (import positive) with the smallest CV(RMSE). For fixed data CV(RMSE)
	 * is a monotone function of the sum of squared errors, so this is the linear least-squares
	 * problem without intercept, solved by its 2×2 normal equations; when a factor comes out
	 * negative it is set to 0 and the other refitted alone.
	 */
	public static Fit fit(double[] modelledLoad, double[] modelledPv, double[] measuredNet) {
		int n = measuredNet.length;
		if (modelledLoad.length != n || modelledPv.length != n) {
			throw new IllegalArgumentException("load, PV and measured series must have the same length");
		}
		double ll = 0, pp = 0, lp = 0, ly = 0, py = 0;
		double[] before = new double[n];
		for (int i = 0; i < n; i++) {
			double l = modelledLoad[i];
			double p = modelledPv[i];
			double y = measuredNet[i];
			ll += l * l;
			pp += p * p;
			lp += l * p;
			ly += l * y;
			py += p * y;
			before[i] = l - p;
		}
		// minimise Σ (y − s·l + f·p)²: normal equations [ll −lp; −lp pp]·[s; f] = [ly; −py]
		double det = ll * pp - lp * lp;
		double s;
		double f;
		if (Math.abs(det) > 1e-12 * Math.max(1, ll * pp)) {
			s = (ly * pp - py * lp) / det;
			f = (ly * lp - py * ll) / det;
		} else {
			s = ll > 0 ? ly / ll : 1;
			f = 0;
		}
		if (s < 0) {
			s = 0;
			f = pp > 0 ? Math.max(0, -py / pp) : 0;
		}
		if (f < 0) {
			f = 0;
			s = ll > 0 ? Math.max(0, ly / ll) : 0;
		}
		double[] after = new double[n];
		for (int i = 0; i < n; i++) {
			after[i] = s * modelledLoad[i] - f * modelledPv[i];
		}
		return new Fit(s, f, 1 - f, metrics(before, measuredNet), metrics(after, measuredNet));
	}
}
