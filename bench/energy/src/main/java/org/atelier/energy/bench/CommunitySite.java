package org.atelier.energy.bench;

import java.time.ZoneId;

import org.atelier.energy.engine.Battery;
import org.atelier.energy.engine.Climate;
import org.atelier.energy.engine.LoadProfile;
import org.atelier.energy.engine.PvArray;
import org.atelier.energy.engine.PvModel;
import org.atelier.energy.engine.SunPath;
import org.atelier.energy.engine.TimeGrid;

/**
 * A benchmark site: one year at 15 minutes in Amsterdam, {@code members} members with mixed
 * profiles (residents, offices, shops, EV charging, heat pumps; every fourth member with own
 * rooftop PV), shared PV of 2 kWp per member, a shared battery of 2 kWh and 1 kW per member and
 * an import cap of 1.2 kW per member. Built once per trial, outside the measured code.
 */
final class CommunitySite {

	final TimeGrid grid;
	final double[][] memberLoadKw;
	final double[][] memberPvKw;
	final double[] shares;
	final double[] siteLoadKw;
	final double[] sitePvKw;
	final double[] importCapKw;
	final double[] exportCapKw;
	final Battery battery;

	CommunitySite(int members) {
		grid = new TimeGrid(2025, 15, ZoneId.of("Europe/Amsterdam"));
		int n = grid.steps();
		Climate c = Climate.AMSTERDAM;
		SunPath sun = SunPath.of(grid, c.latitudeDeg(), c.longitudeDeg(), c.elevationM());
		double[] ghi = PvModel.globalHorizontal(grid, sun, c);
		double[] perKwp = PvModel.production(grid, sun, c, new PvArray(1, 30, 180, 14, 1), ghi);
		LoadProfile[] kinds = LoadProfile.values();
		memberLoadKw = new double[members][];
		memberPvKw = new double[members][];
		shares = new double[members];
		siteLoadKw = new double[n];
		sitePvKw = new double[n];
		double[][] shapes = new double[kinds.length][];
		for (int k = 0; k < kinds.length; k++) {
			shapes[k] = kinds[k].generate(grid, 1);
		}
		for (int j = 0; j < members; j++) {
			double annual = 2500 + 150 * (j % 17);
			double[] shape = shapes[j % kinds.length];
			double[] load = new double[n];
			for (int i = 0; i < n; i++) {
				load[i] = shape[i] * annual;
				siteLoadKw[i] += load[i];
			}
			memberLoadKw[j] = load;
			if (j % 4 == 0) {
				double[] own = new double[n];
				for (int i = 0; i < n; i++) {
					own[i] = perKwp[i] * 3;
					sitePvKw[i] += own[i];
				}
				memberPvKw[j] = own;
			}
			shares[j] = 1.0 / members;
		}
		for (int i = 0; i < n; i++) {
			sitePvKw[i] += perKwp[i] * 2 * members;
		}
		importCapKw = grid.constant(1.2 * members);
		exportCapKw = grid.constant(1.5 * members);
		battery = new Battery(2.0 * members, 1.0 * members, 0.9, 0.1, 0.9, 0.5);
	}
}
