package org.atelier.energy.engine;

import java.util.List;
import java.util.Optional;

/**
 * Monthly climate of a place for the built-in PV model: mean global horizontal irradiation per
 * month (kWh/m²) and mean air temperature per month (°C). The model turns the irradiation into
 * monthly clearness factors against its clear-sky model (see {@link PvModel}).
 *
 * <p>The two built-in places carry approximate long-term monthly means of the kind PVGIS
 * (SARAH-2) and national weather services report; they are rounded climate normals meant for
 * feasibility studies, not measured data of a particular year.
 */
public record Climate(String name, double latitudeDeg, double longitudeDeg, double elevationM,
		double[] monthlyGhiKwhM2, double[] monthlyTempC) {

	public Climate {
		if (monthlyGhiKwhM2.length != 12 || monthlyTempC.length != 12) {
			throw new IllegalArgumentException("monthly climate needs 12 values each");
		}
		monthlyGhiKwhM2 = monthlyGhiKwhM2.clone();
		monthlyTempC = monthlyTempC.clone();
	}

	/** Amsterdam (52.37° N, 4.89° E): about 1,000 kWh/m² a year on the horizontal, mild maritime temperatures. */
	public static final Climate AMSTERDAM = new Climate("amsterdam", 52.37, 4.89, 0,
		new double[] { 19, 34, 71, 115, 150, 154, 152, 127, 86, 51, 23, 14 },
		new double[] { 3.8, 4.0, 6.6, 9.8, 13.3, 16.0, 18.1, 17.9, 15.0, 11.2, 7.3, 4.5 });

	/** Bilbao (43.26° N, 2.93° W): about 1,280 kWh/m² a year on the horizontal, cloudy Atlantic coast. */
	public static final Climate BILBAO = new Climate("bilbao", 43.26, -2.93, 20,
		new double[] { 50, 66, 104, 124, 152, 165, 170, 150, 121, 84, 52, 42 },
		new double[] { 9.4, 9.9, 11.8, 13.3, 16.3, 19.0, 21.0, 21.4, 19.6, 16.9, 12.5, 10.2 });

	public static final List<Climate> BUILT_IN = List.of(AMSTERDAM, BILBAO);

	public static Optional<Climate> builtIn(String name) {
		return BUILT_IN.stream().filter(c -> c.name.equalsIgnoreCase(name.strip())).findFirst();
	}

	/** The built-in climate nearest to a place, if one lies within {@code maxKm} (great-circle distance). */
	public static Optional<Climate> nearest(double latitudeDeg, double longitudeDeg, double maxKm) {
		Climate best = null;
		double bestKm = Double.MAX_VALUE;
		for (Climate c : BUILT_IN) {
			double km = distanceKm(latitudeDeg, longitudeDeg, c.latitudeDeg, c.longitudeDeg);
			if (km < bestKm) {
				bestKm = km;
				best = c;
			}
		}
		return bestKm <= maxKm ? Optional.ofNullable(best) : Optional.empty();
	}

	/** Haversine great-circle distance on a sphere of radius 6,371 km. */
	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * 6371.0 * Math.asin(Math.sqrt(a));
	}

	/** The same monthly climate placed at another site (the model uses the site's own coordinates for the sun). */
	public Climate at(double latitude, double longitude, double elevation) {
		return new Climate(name, latitude, longitude, elevation, monthlyGhiKwhM2, monthlyTempC);
	}

	@Override
	public double[] monthlyGhiKwhM2() {
		return monthlyGhiKwhM2.clone();
	}

	@Override
	public double[] monthlyTempC() {
		return monthlyTempC.clone();
	}
}
