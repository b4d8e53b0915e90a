package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** ASHRAE Guideline 14 metrics and the two-factor fit on hand-computed cases. */
class CalibrationTest {

	@Test
	void metricsMatchAHandComputedCase() {
		// measured 10, 12, 14, 16 (mean 13); modelled 9, 13, 13, 15 → errors y − ŷ: 1, −1, 1, 1
		// NMBE = 2 / (3·13)·100 = 5.1282 %; CV(RMSE) = √(4/3) / 13·100 = 8.8823 %
		Calibration.Metrics m = Calibration.metrics(new double[] { 9, 13, 13, 15 }, new double[] { 10, 12, 14, 16 });
		assertThat(m.nmbePercent()).isCloseTo(200.0 / 39, within(1e-9));
		assertThat(m.cvrmsePercent()).isCloseTo(Math.sqrt(4.0 / 3) / 13 * 100, within(1e-9));
		assertThat(m.withinGuideline14Hourly()).isTrue();
	}

	@Test
	void aModelOffByMoreThanTenPercentFailsTheHourlyCriteria() {
		// modelled everywhere 80 % of measured: NMBE = 0.2·4·mean / (3·mean)·100 = 26.67 %
		Calibration.Metrics m = Calibration.metrics(new double[] { 8, 8, 8, 8 }, new double[] { 10, 10, 10, 10 });
		assertThat(m.nmbePercent()).isCloseTo(80.0 / 3, within(1e-9));
		assertThat(m.withinGuideline14Hourly()).isFalse();
	}

	@Test
	void fitRecoversTheLoadScaleAndPvFactorThatMadeTheMeasurements() {
		double[] load = { 1, 2, 3, 4, 5, 2 };
		double[] pv = { 0, 1, 3, 1, 0, 2 };
		double[] measured = new double[load.length];
		for (int i = 0; i < load.length; i++) {
			measured[i] = 1.2 * load[i] - 0.8 * pv[i];
		}
		Calibration.Fit fit = Calibration.fit(load, pv, measured);
		assertThat(fit.loadScale()).isCloseTo(1.2, within(1e-9));
		assertThat(fit.pvFactor()).isCloseTo(0.8, within(1e-9));
		assertThat(fit.pvLossFactor()).isCloseTo(0.2, within(1e-9));
		assertThat(fit.after().cvrmsePercent()).isCloseTo(0, within(1e-9));
		assertThat(fit.before().cvrmsePercent()).isGreaterThan(10);
	}

	@Test
	void refusesSeriesOfDifferentLengthOrZeroMean() {
		assertThatThrownBy(() -> Calibration.metrics(new double[] { 1, 2 }, new double[] { 1, 2, 3 }))
			.hasMessageContaining("same length").hasMessageContaining("2").hasMessageContaining("3");
		assertThatThrownBy(() -> Calibration.metrics(new double[] { 1, 2 }, new double[] { 1, -1 }))
			.hasMessageContaining("mean is zero");
	}
}
