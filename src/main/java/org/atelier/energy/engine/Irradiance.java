package org.atelier.energy.engine;

/**
 * Sky and plane-of-array irradiance formulas, each as a pure function (W/m² throughout).
 */
public final class Irradiance {

	private Irradiance() {
	}

	/**
	 * Clear-sky global horizontal irradiance by Haurwitz (1945), "Insolation in relation to type of
	 * cloud", J. Meteorology 2(3); in the form GHI = 1098·cos Z·exp(−0.057 / cos Z) evaluated by
	 * Reno, Hansen and Stein (2012), SAND2012-2389, eq. 7.
	 */
	public static double haurwitzGhi(double zenithDeg) {
		if (zenithDeg >= 90) {
			return 0;
		}
		double cosZ = Math.cos(Math.toRadians(zenithDeg));
		return 1098.0 * cosZ * Math.exp(-0.057 / cosZ);
	}

	/**
	 * Diffuse fraction of global horizontal irradiance from the clearness index k_t by Erbs, Klein
	 * and Duffie (1982), "Estimation of the diffuse radiation fraction for hourly, daily and
	 * monthly-average global radiation", Solar Energy 28(4), eq. 1 (as in Duffie and Beckman,
	 * Solar Engineering of Thermal Processes, 4th ed., eq. 2.10.1).
	 */
	public static double erbsDiffuseFraction(double kt) {
		if (kt <= 0.22) {
			return 1.0 - 0.09 * kt;
		}
		if (kt <= 0.80) {
			return 0.9511 + kt * (-0.1604 + kt * (4.388 + kt * (-16.638 + kt * 12.336)));
		}
		return 0.165;
	}

	/**
	 * Cosine of the angle of incidence of beam radiation on a tilted plane (Duffie and Beckman,
	 * 4th ed., eq. 1.6.5), with both azimuths measured eastward from north.
	 */
	public static double cosIncidence(double zenithDeg, double sunAzimuthDeg, double tiltDeg, double planeAzimuthDeg) {
		double z = Math.toRadians(zenithDeg);
		double t = Math.toRadians(tiltDeg);
		return Math.cos(z) * Math.cos(t) + Math.sin(z) * Math.sin(t) * Math.cos(Math.toRadians(sunAzimuthDeg - planeAzimuthDeg));
	}

	/**
	 * Plane-of-array irradiance by the Hay–Davies anisotropic sky model: Hay and Davies (1980),
	 * "Calculation of the solar radiation incident on an inclined surface", Proc. First Canadian
	 * Solar Radiation Data Workshop; as in Duffie and Beckman, 4th ed., eq. 2.16.5 without the
	 * horizon-brightening term. The beam part is reduced by the incidence-angle modifier
	 * {@link #ashraeIam(double)}.
	 *
	 * @param dni direct normal irradiance
	 * @param dhi diffuse horizontal irradiance
	 * @param ghi global horizontal irradiance
	 * @param extraterrestrial extraterrestrial normal irradiance
	 * @param albedo ground reflectance
	 * @return effective plane-of-array irradiance
	 */
	public static double hayDavies(double zenithDeg, double sunAzimuthDeg, double tiltDeg, double planeAzimuthDeg,
			double dni, double dhi, double ghi, double extraterrestrial, double albedo) {
		if (zenithDeg >= 90 || ghi <= 0) {
			return 0;
		}
		double cosTheta = Math.max(0, cosIncidence(zenithDeg, sunAzimuthDeg, tiltDeg, planeAzimuthDeg));
		// cos Z floored at cos 85° so that Rb stays finite near the horizon (common practice)
		double cosZ = Math.max(Math.cos(Math.toRadians(zenithDeg)), 0.0872);
		double rb = cosTheta / cosZ;
		double anisotropy = Math.min(1, dni / extraterrestrial);
		double cosTilt = Math.cos(Math.toRadians(tiltDeg));
		double beam = dni * cosTheta * ashraeIam(cosTheta);
		double diffuse = dhi * (anisotropy * rb + (1 - anisotropy) * (1 + cosTilt) / 2);
		double ground = ghi * albedo * (1 - cosTilt) / 2;
		return beam + diffuse + ground;
	}

	/**
	 * Incidence-angle modifier of the ASHRAE form, 1 − b0·(1/cos θ − 1) with b0 = 0.05 (Souka and
	 * Safwat 1966; ASHRAE Standard 93), floored at 0.
	 */
	public static double ashraeIam(double cosTheta) {
		if (cosTheta <= 0) {
			return 0;
		}
		return Math.max(0, 1 - 0.05 * (1 / cosTheta - 1));
	}

	/**
	 * Cell temperature by the NOCT model (Ross 1976, "Interface design considerations for
	 * terrestrial solar cell modules"; Duffie and Beckman, 4th ed., eq. 23.3.3 in its simple form):
	 * T_cell = T_air + (NOCT − 20 °C)·G_poa / 800 W/m², with NOCT = 45 °C.
	 */
	public static double cellTemperature(double airC, double poaWm2) {
		return airC + (45.0 - 20.0) * poaWm2 / 800.0;
	}
}
