package org.atelier.energy.engine;

import java.time.LocalDate;

/**
 * Writes test files in the PVGIS hourly CSV format: header lines with the nominal power, the
 * column row, one row per hour stamped yyyyMMdd:HH10 in UTC, and the legend after the data.
 */
public final class PvgisFiles {

	private PvgisFiles() {
	}

	/** A PVGIS-style file for one year with P = hour of day × 10 W, and the given column row. */
	public static String year(int year, String columns, boolean radiationComponents) {
		StringBuilder sb = new StringBuilder();
		sb.append("Latitude (decimal degrees):\t52.373\n");
		sb.append("Longitude (decimal degrees):\t4.892\n");
		sb.append("Elevation (m):\t1\n");
		sb.append("Radiation database:\tPVGIS-SARAH3\n\n\n");
		sb.append("Slope: 35 deg. \nAzimuth: 0 deg. \n");
		sb.append("Nominal power of the PV system (c-Si) (kWp):\t2.0\n");
		sb.append("System losses (%):\t14.0\n");
		sb.append(columns).append('\n');
		LocalDate d = LocalDate.of(year, 1, 1);
		while (d.getYear() == year) {
			for (int h = 0; h < 24; h++) {
				sb.append(String.format("%04d%02d%02d:%02d10,%.1f", year, d.getMonthValue(), d.getDayOfMonth(), h, h * 10.0));
				sb.append(radiationComponents ? ",0.0,0.0,0.0,12.1,8.5,3.2,0.0\n" : ",0.0,12.1,8.5,3.2,0.0\n");
			}
			d = d.plusDays(1);
		}
		sb.append("\nP: PV system power (W)\n");
		sb.append("G(i): Global irradiance on the inclined plane (plane of the array) (W/m2)\n");
		sb.append("H_sun: Sun height (degree)\nT2m: 2-m air temperature (degree Celsius)\n");
		sb.append("WS10m: 10-m total wind speed (m/s)\nInt: 1 means solar radiation values are reconstructed\n\n");
		sb.append("PVGIS (c) European Union, 2001-2024\n");
		return sb.toString();
	}
}
