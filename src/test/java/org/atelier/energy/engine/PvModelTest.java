package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * The built-in PV model against typical PVGIS figures and hand-checked formula values.
 *
 * <p>Reference yields (approximate, PVGIS 5 with the SARAH-2 database, crystalline silicon,
 * 1 kWp, 14% system losses, 35° tilt facing south): Amsterdam about 960 kWh/kWp a year, Bilbao
 * about 1,150 kWh/kWp a year. The model must land within ±10% of these.
 */
class PvModelTest {

	private static double annualYield(Climate climate, int stepMinutes) {
		TimeGrid grid = new TimeGrid(2023, stepMinutes, ZoneId.of("UTC"));
		SunPath sun = SunPath.of(grid, climate.latitudeDeg(), climate.longitudeDeg(), climate.elevationM());
		double[] kw = PvModel.production(grid, sun, climate, new PvArray(1.0, 35, 180, 14, 1.0));
		double kwh = 0;
		for (double p : kw) {
			kwh += p * grid.stepHours();
		}
		return kwh;
	}

	@Test
	void amsterdamYieldIsWithinTenPercentOfPvgis() {
		double y = annualYield(Climate.AMSTERDAM, 60);
		assertThat(y).isBetween(960 * 0.9, 960 * 1.1);
	}

	@Test
	void bilbaoYieldIsWithinTenPercentOfPvgis() {
		double y = annualYield(Climate.BILBAO, 15);
		assertThat(y).isBetween(1150 * 0.9, 1150 * 1.1);
	}

	@Test
	void monthlyClearnessFactorsReproduceTheClimateIrradiation() {
		TimeGrid grid = new TimeGrid(2023, 60, ZoneId.of("UTC"));
		Climate c = Climate.AMSTERDAM;
		double[] ghi = PvModel.globalHorizontal(grid, SunPath.of(grid, c.latitudeDeg(), c.longitudeDeg(), 0), c);
		double[] monthly = new double[12];
		for (int i = 0; i < grid.steps(); i++) {
			monthly[grid.month(i) - 1] += ghi[i] / 1000.0;
		}
		for (int m = 0; m < 12; m++) {
			assertThat(monthly[m]).isCloseTo(c.monthlyGhiKwhM2()[m], within(1e-6));
		}
	}

	@Test
	void formulasGiveHandComputedValues() {
		// Haurwitz at Z = 0: 1098·exp(−0.057) = 1037.16
		assertThat(Irradiance.haurwitzGhi(0)).isCloseTo(1037.16, within(0.01));
		// Erbs at kt = 0.5: 0.9511 − 0.0802 + 1.097 − 2.07975 + 0.771 = 0.65915
		assertThat(Irradiance.erbsDiffuseFraction(0.5)).isCloseTo(0.65915, within(1e-5));
		// PVWatts DC: 800 W/m², 45 °C cell, 10 kWp → 8·(1 − 0.0037·20) = 7.408 kW
		assertThat(PvModel.pvWattsDc(800, 45, 10)).isCloseTo(7.408, within(1e-9));
		// inverter at its nominal DC input (ζ = 1): η = 0.96/0.9637·0.9637 = 0.96, clipped at the AC limit
		assertThat(PvModel.pvWattsInverter(10 / 0.96, 10, 10 / 0.96)).isCloseTo(10, within(1e-9));
		// NOCT: 20 °C air, 800 W/m² → 45 °C
		assertThat(Irradiance.cellTemperature(20, 800)).isCloseTo(45, within(1e-12));
	}
}
