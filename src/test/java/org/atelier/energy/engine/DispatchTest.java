package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * Every strategy on one hand-computed day (hourly steps; only the first hours carry load or
 * PV). Battery: 6 kWh, 5 kW, η = 0.81 (so √η = 0.9 each way), 0..100% window, starting at 3 kWh.
 * Connection: import cap 4 kW, export cap 2 kW.
 *
 * <pre>
 * hour   load  PV   net
 *  0      1    6    −5   (surplus)
 *  1      3    0     3   (below the cap)
 *  2      8    0     8   (4 kW above the cap)
 * </pre>
 */
class DispatchTest {

	private static final TimeGrid DAY = new TimeGrid(2025, 60, ZoneOffset.UTC, 1);
	private static final Battery BATTERY = new Battery(6, 5, 0.81, 0, 1, 0.5);

	private static DispatchResult run(Strategy strategy) {
		double[] load = new double[24];
		double[] pv = new double[24];
		load[0] = 1;
		pv[0] = 6;
		load[1] = 3;
		load[2] = 8;
		return Dispatch.run(DAY, load, pv, DAY.constant(4), DAY.constant(2), BATTERY, strategy);
	}

	@Test
	void noneCurtailsAboveTheExportCapAndReportsTheCongestion() {
		DispatchResult r = run(Strategy.NONE);
		assertSeries(r.gridKw(), -2, 3, 8, 0);
		assertSeries(r.curtailedKw(), 3, 0, 0, 0);
		Kpis k = Kpis.of(r);
		assertThat(k.gridImportKwh()).isCloseTo(11, within(1e-9));
		assertThat(k.gridExportKwh()).isCloseTo(2, within(1e-9));
		assertThat(k.curtailedKwh()).isCloseTo(3, within(1e-9));
		assertThat(k.stepsImportOverCap()).isEqualTo(1);
		assertThat(k.energyImportOverCapKwh()).isCloseTo(4, within(1e-9));
		assertThat(k.peakImportKw()).isCloseTo(8, within(1e-9));
		assertThat(k.peakExportKw()).isCloseTo(2, within(1e-9));
		// 1 − (2 + 3) / 6 and 1 − 11 / 12
		assertThat(k.selfConsumptionRatio()).isCloseTo(1.0 / 6, within(1e-9));
		assertThat(k.selfSufficiencyRatio()).isCloseTo(1.0 / 12, within(1e-9));
		assertThat(k.energyBalanceKwh()).isCloseTo(-6, within(1e-9));
		assertThat(k.batteryEndKwh()).isCloseTo(3, within(1e-9));
		assertThat(k.conservationErrorKwh()).isCloseTo(0, within(1e-9));
	}

	@Test
	void selfConsumptionStoresSurplusAndRunsEmptyBeforeThePeak() {
		DispatchResult r = run(Strategy.SELF_CONSUMPTION);
		// hour 0: charges 3/0.9 = 3.333 kW (battery full at 6 kWh); export 1.667
		// hour 1: discharges 3 kW (takes 3.333 kWh, 2.667 left)
		// hour 2: can deliver only 2.667·0.9 = 2.4 kW, import 5.6 kW: 1.6 above the cap
		assertSeries(r.batteryKw(), 10.0 / 3, -3, -2.4, 0);
		assertSeries(r.gridKw(), -5 + 10.0 / 3, 0, 5.6, 0);
		assertSeries(r.socKwh(), 6, 6 - 10.0 / 3, 0, 0);
		Kpis k = Kpis.of(r);
		assertThat(k.stepsImportOverCap()).isEqualTo(1);
		assertThat(k.energyImportOverCapKwh()).isCloseTo(1.6, within(1e-9));
		assertThat(k.batteryChargeKwh()).isCloseTo(10.0 / 3, within(1e-9));
		assertThat(k.batteryDischargeKwh()).isCloseTo(5.4, within(1e-9));
		// losses: 3.333·0.1 + 5.4·(1/0.9 − 1) = 0.3333 + 0.6
		assertThat(k.batteryLossesKwh()).isCloseTo(1.0 / 3 + 0.6, within(1e-9));
		assertThat(k.batteryCycles()).isCloseTo(5.4 / 6, within(1e-9));
		assertThat(k.conservationErrorKwh()).isCloseTo(0, within(1e-9));
	}

	@Test
	void peakShavingKeepsImportAtTheCapAndRechargesFromTheGridBelowIt() {
		DispatchResult r = run(Strategy.PEAK_SHAVING);
		// hour 1: battery full, idles; hour 2: discharges exactly 4 kW; hours 3 and 4 recharge under the cap
		assertSeries(r.batteryKw(), 10.0 / 3, 0, -4, 4, (6 - (6 - 4 / 0.9 + 3.6)) / 0.9, 0);
		assertSeries(r.gridKw(), -5 + 10.0 / 3, 3, 4, 4, (6 - (6 - 4 / 0.9 + 3.6)) / 0.9, 0);
		Kpis k = Kpis.of(r);
		assertThat(k.stepsImportOverCap()).isZero();
		assertThat(k.peakImportKw()).isCloseTo(4, within(1e-9));
		assertThat(k.batteryEndKwh()).isCloseTo(6, within(1e-9));
		assertThat(k.conservationErrorKwh()).isCloseTo(0, within(1e-9));
	}

	@Test
	void selfConsumptionWithCapKeepsTheReserveTheCongestedHourNeeds() {
		DispatchResult r = run(Strategy.SELF_CONSUMPTION_WITH_CAP);
		// reserve for hour 2: (8 − 4)/0.9 = 4.444 kWh. Hour 1 may only use what lies above it:
		// (6 − 4.444)·0.9 = 1.4 kW; hour 2 then shaves exactly 4 kW
		assertSeries(r.batteryKw(), 10.0 / 3, -1.4, -4, 0);
		assertSeries(r.gridKw(), -5 + 10.0 / 3, 1.6, 4, 0);
		Kpis k = Kpis.of(r);
		assertThat(k.stepsImportOverCap()).isZero();
		assertThat(k.gridImportKwh()).isCloseTo(5.6, within(1e-9));
		assertThat(k.batteryEndKwh()).isCloseTo(0, within(1e-9));
		assertThat(k.conservationErrorKwh()).isCloseTo(0, within(1e-9));
	}

	@Test
	void importCapNeededIsThe99thPercentileOfImport() {
		TimeGrid grid = new TimeGrid(2025, 60, ZoneOffset.UTC, 5); // 120 steps
		double[] load = new double[grid.steps()];
		for (int i = 0; i < load.length; i++) {
			load[i] = i + 1; // 1..120 kW
		}
		Kpis k = Kpis.of(Dispatch.run(grid, load, new double[grid.steps()], grid.constant(Double.POSITIVE_INFINITY),
			grid.constant(Double.POSITIVE_INFINITY), Battery.NONE, Strategy.NONE));
		// nearest rank: ceil(0.99·120) = 119th smallest = 119 kW
		assertThat(k.importCapNeededP99Kw()).isEqualTo(119);
		assertThat(k.selfConsumptionRatio()).isZero();
	}

	@Test
	void monthlyBalancesAddUpToTheYear() {
		TimeGrid grid = new TimeGrid(2025, 60, ZoneOffset.UTC);
		double[] load = grid.constant(2);
		double[] pv = LoadProfile.OFFICE.generate(grid, 15000);
		DispatchResult r = Dispatch.run(grid, load, pv, grid.constant(10), grid.constant(5), BATTERY.resized(20, 10),
			Strategy.SELF_CONSUMPTION);
		Kpis k = Kpis.of(r);
		var months = MonthlyBalance.of(r);
		assertThat(months).hasSize(12);
		assertThat(months.stream().mapToDouble(MonthlyBalance::loadKwh).sum()).isCloseTo(2 * 8760, within(1e-6));
		assertThat(months.stream().mapToDouble(MonthlyBalance::gridImportKwh).sum()).isCloseTo(k.gridImportKwh(), within(1e-6));
		assertThat(months.get(0).loadKwh()).isCloseTo(2 * 24 * 31, within(1e-9));
	}

	private static void assertSeries(double[] actual, double... expectedStart) {
		for (int i = 0; i < expectedStart.length; i++) {
			assertThat(actual[i]).as("step %d", i).isCloseTo(expectedStart[i], within(1e-9));
		}
	}
}
