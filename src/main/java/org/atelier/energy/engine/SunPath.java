package org.atelier.energy.engine;

/**
 * The sun's path over a site for every step of a {@link TimeGrid}, taken at the middle of each
 * step, computed once and shared by all PV arrays of the site.
 */
public final class SunPath {

	private final double[] zenithDeg;
	private final double[] azimuthDeg;
	private final double[] extraterrestrialWm2;

	private SunPath(double[] zenithDeg, double[] azimuthDeg, double[] extraterrestrialWm2) {
		this.zenithDeg = zenithDeg;
		this.azimuthDeg = azimuthDeg;
		this.extraterrestrialWm2 = extraterrestrialWm2;
	}

	public static SunPath of(TimeGrid grid, double latitudeDeg, double longitudeDeg, double elevationM) {
		int n = grid.steps();
		double[] z = new double[n];
		double[] a = new double[n];
		double[] g0 = new double[n];
		// standard atmosphere pressure at the site's elevation (ICAO barometric formula), for refraction
		double pressure = 1013.25 * Math.pow(1 - 2.25577e-5 * elevationM, 5.25588);
		double half = grid.stepMinutes() * 30.0;
		for (int i = 0; i < n; i++) {
			SolarPosition p = SolarPosition.at(grid.epochSecond(i) + half, latitudeDeg, longitudeDeg, elevationM,
				pressure, 12, SolarPosition.DEFAULT_DELTA_T);
			z[i] = p.zenithDeg();
			a[i] = p.azimuthDeg();
			// extraterrestrial normal irradiance: solar constant 1361 W/m² (Kopp & Lean 2011) over R²
			g0[i] = 1361.0 / (p.earthSunDistanceAu() * p.earthSunDistanceAu());
		}
		return new SunPath(z, a, g0);
	}

	public int steps() {
		return zenithDeg.length;
	}

	public double zenithDeg(int i) {
		return zenithDeg[i];
	}

	public double azimuthDeg(int i) {
		return azimuthDeg[i];
	}

	/** Extraterrestrial irradiance on a plane normal to the sun (W/m²). */
	public double extraterrestrialWm2(int i) {
		return extraterrestrialWm2[i];
	}
}
