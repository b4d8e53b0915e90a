package org.atelier.energy.engine;

/**
 * Topocentric position of the sun by the Solar Position Algorithm (SPA) of Reda, I. and
 * Andreas, A. (2004), "Solar Position Algorithm for Solar Radiation Applications",
 * NREL/TP-560-34302 (revised 2008), section 3, steps 3.1 to 3.15; stated uncertainty ±0.0003°.
 * Step numbers below refer to that report. The periodic terms are in {@link SpaTerms}.
 *
 * @param zenithDeg topocentric zenith angle, refraction included (degrees)
 * @param azimuthDeg azimuth eastward from north, 0..360 (degrees; 180 = south)
 * @param declinationDeg topocentric declination (degrees)
 * @param earthSunDistanceAu the Earth radius vector R (astronomical units)
 */
public record SolarPosition(double zenithDeg, double azimuthDeg, double declinationDeg, double earthSunDistanceAu) {

	/** Julian day of the Unix epoch, 1970-01-01T00:00Z. */
	private static final double JD_UNIX_EPOCH = 2440587.5;

	/** ΔT = TT − UT1 in seconds used when the caller has no better figure (about 69 s in the 2020s). */
	public static final double DEFAULT_DELTA_T = 69.0;

	/**
	 * The sun's position as seen from a place at an instant.
	 *
	 * @param epochSecondUtc instant in seconds since 1970-01-01T00:00Z (fractions allowed)
	 * @param latitudeDeg geographic latitude, north positive
	 * @param longitudeDeg geographic longitude, east positive
	 * @param elevationM elevation above sea level in metres
	 * @param pressureMbar mean annual local pressure in millibar (for refraction)
	 * @param temperatureC mean annual local temperature in °C (for refraction)
	 * @param deltaTSeconds ΔT = TT − UT in seconds
	 */
	public static SolarPosition at(double epochSecondUtc, double latitudeDeg, double longitudeDeg, double elevationM,
			double pressureMbar, double temperatureC, double deltaTSeconds) {
		// 3.1 Julian day (from UTC; UT1 − UTC is below a second and left out), ephemeris day, centuries and millennia
		double jd = epochSecondUtc / 86400.0 + JD_UNIX_EPOCH;
		double jde = jd + deltaTSeconds / 86400.0;
		double jc = (jd - 2451545.0) / 36525.0;
		double jce = (jde - 2451545.0) / 36525.0;
		double jme = jce / 10.0;

		// 3.2 Earth heliocentric longitude L, latitude B (degrees) and radius vector R (AU), eq. 9-12
		double l = limitDegrees(Math.toDegrees(series(SpaTerms.L, jme)));
		double b = Math.toDegrees(series(SpaTerms.B, jme));
		double r = series(SpaTerms.R, jme);

		// 3.3 geocentric longitude Θ and latitude β, eq. 13-14
		double theta = limitDegrees(l + 180.0);
		double beta = -b;

		// 3.4 nutation in longitude Δψ and obliquity Δε, eq. 15-23
		double x0 = poly(jce, 297.85036, 445267.111480, -0.0019142, 1.0 / 189474.0);
		double x1 = poly(jce, 357.52772, 35999.050340, -0.0001603, -1.0 / 300000.0);
		double x2 = poly(jce, 134.96298, 477198.867398, 0.0086972, 1.0 / 56250.0);
		double x3 = poly(jce, 93.27191, 483202.017538, -0.0036825, 1.0 / 327270.0);
		double x4 = poly(jce, 125.04452, -1934.136261, 0.0020708, 1.0 / 450000.0);
		double sumPsi = 0;
		double sumEps = 0;
		int[] y = SpaTerms.NUTATION_Y;
		double[] abcd = SpaTerms.NUTATION_ABCD;
		for (int i = 0; i < y.length / 5; i++) {
			double arg = Math.toRadians(x0 * y[5 * i] + x1 * y[5 * i + 1] + x2 * y[5 * i + 2] + x3 * y[5 * i + 3]
				+ x4 * y[5 * i + 4]);
			sumPsi += (abcd[4 * i] + abcd[4 * i + 1] * jce) * Math.sin(arg);
			sumEps += (abcd[4 * i + 2] + abcd[4 * i + 3] * jce) * Math.cos(arg);
		}
		double deltaPsi = sumPsi / 36000000.0;
		double deltaEps = sumEps / 36000000.0;

		// 3.5 true obliquity of the ecliptic ε, eq. 24-25 (ε0 in arc seconds, U = JME / 10)
		double u = jme / 10.0;
		double eps0 = 84381.448 + u * (-4680.93 + u * (-1.55 + u * (1999.25 + u * (-51.38 + u * (-249.67
			+ u * (-39.05 + u * (7.12 + u * (27.87 + u * (5.79 + u * 2.45)))))))));
		double eps = eps0 / 3600.0 + deltaEps;

		// 3.6 aberration correction Δτ, eq. 26; 3.7 apparent sun longitude λ, eq. 27
		double deltaTau = -20.4898 / (3600.0 * r);
		double lambda = theta + deltaPsi + deltaTau;

		// 3.8 apparent sidereal time at Greenwich ν, eq. 28-29
		double nu0 = limitDegrees(280.46061837 + 360.98564736629 * (jd - 2451545.0) + 0.000387933 * jc * jc
			- jc * jc * jc / 38710000.0);
		double nu = nu0 + deltaPsi * Math.cos(Math.toRadians(eps));

		// 3.9 geocentric right ascension α and 3.10 declination δ, eq. 30-31
		double lambdaR = Math.toRadians(lambda);
		double epsR = Math.toRadians(eps);
		double betaR = Math.toRadians(beta);
		double alpha = limitDegrees(Math.toDegrees(Math.atan2(
			Math.sin(lambdaR) * Math.cos(epsR) - Math.tan(betaR) * Math.sin(epsR), Math.cos(lambdaR))));
		double deltaR = Math.asin(Math.sin(betaR) * Math.cos(epsR) + Math.cos(betaR) * Math.sin(epsR) * Math.sin(lambdaR));

		// 3.11 observer local hour angle H, eq. 32
		double h = limitDegrees(nu + longitudeDeg - alpha);
		double hR = Math.toRadians(h);

		// 3.12 topocentric right ascension and declination, eq. 33-38
		double xiR = Math.toRadians(8.794 / (3600.0 * r));
		double phiR = Math.toRadians(latitudeDeg);
		double uR = Math.atan(0.99664719 * Math.tan(phiR));
		double xx = Math.cos(uR) + elevationM / 6378140.0 * Math.cos(phiR);
		double yy = 0.99664719 * Math.sin(uR) + elevationM / 6378140.0 * Math.sin(phiR);
		double deltaAlphaR = Math.atan2(-xx * Math.sin(xiR) * Math.sin(hR),
			Math.cos(deltaR) - xx * Math.sin(xiR) * Math.cos(hR));
		double deltaPrimeR = Math.atan2((Math.sin(deltaR) - yy * Math.sin(xiR)) * Math.cos(deltaAlphaR),
			Math.cos(deltaR) - xx * Math.sin(xiR) * Math.cos(hR));

		// 3.13 topocentric local hour angle H', eq. 39
		double hPrimeR = hR - deltaAlphaR;

		// 3.14 topocentric zenith angle, eq. 40-44 (refraction only while the sun is above the horizon)
		double e0 = Math.toDegrees(Math.asin(Math.sin(phiR) * Math.sin(deltaPrimeR)
			+ Math.cos(phiR) * Math.cos(deltaPrimeR) * Math.cos(hPrimeR)));
		double deltaE = 0;
		if (e0 >= -(0.26667 + 0.5667)) {
			deltaE = pressureMbar / 1010.0 * 283.0 / (273.0 + temperatureC)
				* 1.02 / (60.0 * Math.tan(Math.toRadians(e0 + 10.3 / (e0 + 5.11))));
		}
		double zenith = 90.0 - (e0 + deltaE);

		// 3.15 topocentric azimuth angle, eq. 45-46 (astronomers' azimuth from south, then from north)
		double gamma = Math.toDegrees(Math.atan2(Math.sin(hPrimeR),
			Math.cos(hPrimeR) * Math.sin(phiR) - Math.tan(deltaPrimeR) * Math.cos(phiR)));
		double azimuth = limitDegrees(gamma + 180.0);
		return new SolarPosition(zenith, azimuth, Math.toDegrees(deltaPrimeR), r);
	}

	/** Eq. 9-11: Σ over the groups i of (Σ A·cos(B + C·JME))·JME^i, divided by 10^8. */
	private static double series(double[][] groups, double jme) {
		double total = 0;
		double power = 1;
		for (double[] g : groups) {
			double sum = 0;
			for (int k = 0; k < g.length; k += 3) {
				sum += g[k] * Math.cos(g[k + 1] + g[k + 2] * jme);
			}
			total += sum * power;
			power *= jme;
		}
		return total / 1.0e8;
	}

	private static double poly(double x, double a, double b, double c, double d) {
		return a + x * (b + x * (c + x * d));
	}

	private static double limitDegrees(double deg) {
		double d = deg % 360.0;
		return d < 0 ? d + 360.0 : d;
	}
}
