package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * Checks the solar position against the worked example of the SPA report (Reda and Andreas,
 * NREL/TP-560-34302, Table A5.1): 17 October 2003, 12:30:30 local time at −7 h, Golden,
 * Colorado.
 */
class SolarPositionTest {

	@Test
	void reproducesTheSpaReportExample() {
		double epoch = OffsetDateTime.of(2003, 10, 17, 12, 30, 30, 0, ZoneOffset.ofHours(-7)).toEpochSecond();

		SolarPosition p = SolarPosition.at(epoch, 39.742476, -105.1786, 1830.14, 820, 11, 67);

		assertThat(p.zenithDeg()).isCloseTo(50.11162, within(0.0001));
		assertThat(p.azimuthDeg()).isCloseTo(194.34024, within(0.0001));
		assertThat(p.declinationDeg()).isCloseTo(-9.316179, within(0.0001));
		assertThat(p.earthSunDistanceAu()).isCloseTo(0.9965422974, within(1e-8));
	}

	@Test
	void sunIsBelowTheHorizonAtMidnightAndSouthAtSolarNoonInAmsterdam() {
		double midnight = OffsetDateTime.of(2024, 6, 21, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
		assertThat(SolarPosition.at(midnight, 52.37, 4.89, 0, 1013, 10, 69).zenithDeg()).isGreaterThan(90);

		// local solar noon in Amsterdam (4.89° E) is near 11:40 UTC at the June solstice
		double noon = OffsetDateTime.of(2024, 6, 21, 11, 40, 0, 0, ZoneOffset.UTC).toEpochSecond();
		SolarPosition p = SolarPosition.at(noon, 52.37, 4.89, 0, 1013, 10, 69);
		assertThat(p.azimuthDeg()).isCloseTo(180, within(2.0));
		// 90 − (52.37 − 23.44) ≈ 61.1° elevation, so zenith ≈ 28.9° (refraction shaves a little)
		assertThat(p.zenithDeg()).isCloseTo(28.9, within(0.2));
	}
}
