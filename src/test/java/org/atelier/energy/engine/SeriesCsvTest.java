package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * PVGIS hourly CSV files in both column layouts, written here in PVGIS's format (header lines,
 * column row, UTC stamps at :10, legend after the data), and plain load CSV files.
 */
class SeriesCsvTest {

	@Test
	void readsTheGlobalIrradianceLayoutAndScalesToTheArray() {
		PvgisCsv.Series s = PvgisCsv.parse(PvgisFiles.year(2020, "time,P,G(i),H_sun,T2m,WS10m,Int", false));
		assertThat(s.peakKwp()).isEqualTo(2.0);
		assertThat(s.years()).isEqualTo(1);
		assertThat(s.hourlyW()).hasSize(8760);
		assertThat(s.hourlyW()[13]).isEqualTo(130);
		// a 5 kWp array from a 2 kWp file: 130 W · 5/2 = 0.325 kW at 13:00 UTC, on every quarter hour
		TimeGrid grid = new TimeGrid(2025, 15, ZoneOffset.UTC);
		double[] kw = s.kwFor(grid, 5, s.peakKwp());
		assertThat(kw).hasSize(35040);
		for (int q = 0; q < 4; q++) {
			assertThat(kw[13 * 4 + q]).isCloseTo(0.325, within(1e-12));
		}
	}

	@Test
	void readsTheBeamDiffuseReflectedLayout() {
		PvgisCsv.Series s = PvgisCsv.parse(PvgisFiles.year(2019, "time,P,Gb(i),Gd(i),Gr(i),H_sun,T2m,WS10m,Int", true));
		assertThat(s.hourlyW()[8759]).isEqualTo(230);
		assertThat(s.hourlyW()[24 * 100 + 5]).isEqualTo(50);
	}

	@Test
	void leapYearsDropTheLeapDayAndStampsStayUtc() {
		// 2020 is a leap year: 1 March must land on day index 59, whatever the site's time zone
		PvgisCsv.Series s = PvgisCsv.parse(PvgisFiles.year(2020, "time,P,G(i),H_sun,T2m,WS10m,Int", false));
		TimeGrid grid = new TimeGrid(2024, 60, ZoneId.of("Europe/Amsterdam"));
		double[] kw = s.kwFor(grid, 2, 2);
		assertThat(grid.date(59)).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(kw[59 * 24 + 7]).isCloseTo(0.07, within(1e-12));
	}

	@Test
	void averagesSeveralYears() {
		String a = PvgisFiles.year(2018, "time,P,G(i),H_sun,T2m,WS10m,Int", false);
		String b = PvgisFiles.year(2019, "time,P,G(i),H_sun,T2m,WS10m,Int", false).replace(":1210,120.0", ":1210,220.0");
		// splice the data rows of the second year after the first
		String rowsB = b.substring(b.indexOf("20190101"), b.indexOf("\n\nP:"));
		String both = a.replace("\n\nP:", "\n" + rowsB + "\n\nP:");
		PvgisCsv.Series s = PvgisCsv.parse(both);
		assertThat(s.years()).isEqualTo(2);
		assertThat(s.hourlyW()[12]).isEqualTo(170);
		assertThat(s.hourlyW()[36]).isEqualTo(170);
		assertThat(s.hourlyW()[11]).isEqualTo(110);
	}

	@Test
	void namesTheLineAndColumnOfABadValue() {
		String file = PvgisFiles.year(2021, "time,P,G(i),H_sun,T2m,WS10m,Int", false).replace("20210102:0310,30.0", "20210102:0310,abc");
		// 10 header lines and the column row, 24 rows of 1 January, then 2 January 00:00..03:00 is line 39
		assertThatThrownBy(() -> PvgisCsv.parse(file)).isInstanceOf(SeriesFormatException.class)
			.hasMessage("line 39, column 2: P is not a number: 'abc'")
			.satisfies(e -> assertThat(((SeriesFormatException) e).line()).isEqualTo(39));
	}

	@Test
	void refusesFilesWithoutThePColumnOrWithGaps() {
		assertThatThrownBy(() -> PvgisCsv.parse("Latitude: 1\ntime,G(h),Gb(n)\n20200101:0010,1,2\n"))
			.hasMessageContaining("no P column");
		assertThatThrownBy(() -> PvgisCsv.parse("just some text\n")).hasMessageContaining("time,");
		String gap = PvgisFiles.year(2021, "time,P,G(i),H_sun,T2m,WS10m,Int", false).replaceAll("20210305:0810[^\n]*\n", "");
		assertThatThrownBy(() -> PvgisCsv.parse(gap)).hasMessageContaining("03-05 08:00");
	}

	@Test
	void loadCsvTakesTheLastColumnSkipsHeaderAndCommentsAndAcceptsDecimalCommas() {
		double[] v = LoadCsv.parse("# meter 42\ntime,kW\n2025-01-01T00:00Z,1.5\n2025-01-01T01:00Z,2\n\n3.25\n");
		assertThat(v).containsExactly(1.5, 2, 3.25);
		assertThat(LoadCsv.parse("tijd;kW\n2025-01-01 00:00;1,5\n2025-01-01 01:00;2,25\n")).containsExactly(1.5, 2.25);
	}

	@Test
	void loadCsvNamesTheLineOfABadOrNegativeValue() {
		assertThatThrownBy(() -> LoadCsv.parse("kW\n1\n2\nx\n")).hasMessage("line 4, column 1: not a number: 'x'");
		assertThatThrownBy(() -> LoadCsv.parse("a,1\nb,-2\n")).hasMessageStartingWith("line 2, column 2: must be zero or positive");
		assertThat(LoadCsv.parseSigned(new java.io.StringReader("1\n-2\n"))).containsExactly(1, -2);
	}

	@Test
	void gridFitsHourlyAndQuarterHourSeries() {
		TimeGrid quarter = new TimeGrid(2025, 15, ZoneOffset.UTC, 1);
		double[] hourly = new double[24];
		hourly[3] = 8;
		assertThat(quarter.fit(hourly)[13]).isEqualTo(8);
		TimeGrid hour = new TimeGrid(2025, 60, ZoneOffset.UTC, 1);
		double[] q = new double[96];
		q[4] = 4;
		q[5] = 8;
		assertThat(hour.fit(q)[1]).isEqualTo(3);
		assertThatThrownBy(() -> hour.fit(new double[5])).hasMessageContaining("expected 24 values");
	}
}
