package org.atelier.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;

import org.atelier.energy.SimulationResult.StepSeries;
import org.junit.jupiter.api.Test;

/** A run's series survive storage to watt resolution, with missing caps still missing. */
class StoredSeriesTest {

	@Test
	void seriesComeBackAsTheyWereStored() {
		int n = 35_040;
		double[] load = new double[n];
		double[] pv = new double[n];
		Double[] importCap = new Double[n];
		Double[] exportCap = new Double[n];
		for (int i = 0; i < n; i++) {
			load[i] = 100 + 40 * Math.sin(i / 96.0 * 2 * Math.PI) + i * 1e-4;
			pv[i] = Math.max(0, 300 * Math.sin((i % 96 - 24) / 48.0 * Math.PI));
			importCap[i] = i % 96 >= 68 && i % 96 < 84 ? 350.0 : 400.0;
		}
		var series = new StepSeries("2025-01-01T00:00:00Z", 15, load, pv, load.clone(), new double[n], new double[n],
				new double[n], importCap, exportCap);
		byte[] stored = new StoredSeries(series, ZoneId.of("Europe/Amsterdam")).encode();
		assertThat(stored.length).as("compressed below the raw floats").isLessThan(8 * 4 * n);

		StoredSeries back = StoredSeries.decode(stored);
		assertThat(back.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
		assertThat(back.series().stepMinutes()).isEqualTo(15);
		assertThat(back.series().start()).isEqualTo("2025-01-01T00:00:00Z");
		for (int i = 0; i < n; i += 997) {
			assertThat(back.series().loadKw()[i]).isCloseTo(load[i], within(1e-3));
			assertThat(back.series().pvKw()[i]).isCloseTo(pv[i], within(1e-3));
			assertThat(back.series().importCapKw()[i]).isEqualTo(importCap[i]);
			assertThat(back.series().exportCapKw()[i]).isNull();
		}
		double[] measured = { 1.5, -2.25, 0 };
		assertThat(StoredSeries.decodeValues(StoredSeries.encodeValues(measured))).containsExactly(measured);
	}
}
