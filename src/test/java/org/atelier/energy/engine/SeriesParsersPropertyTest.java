package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The series readers (PVGIS hourly CSV, load and monitoring CSV) over random text and over valid
 * files with one line changed, removed or duplicated: each either reads the file or refuses it
 * with a {@link SeriesFormatException} naming a line; never another exception.
 */
class SeriesParsersPropertyTest {

	private static final String PVGIS = PvgisFiles.year(2020, "time,P,G(i),H_sun,T2m,WS10m,Int", false);

	private static final String LOAD;

	static {
		StringBuilder sb = new StringBuilder("time,kW\n");
		for (int h = 0; h < 48; h++) {
			sb.append("2025-01-01T").append(h % 24).append(":00,").append(1.5 + h % 7).append('\n');
		}
		LOAD = sb.toString();
	}

	@Property(tries = 200)
	void pvgisReadsOrNamesTheLine(@ForAll("pvgisLike") String text) {
		try {
			var series = PvgisCsv.parse(text);
			assertThat(series.hourlyW()).hasSize(TimeGrid.DAYS * 24);
		}
		catch (SeriesFormatException refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}

	@Property(tries = 300)
	void loadReadsOrNamesTheLine(@ForAll("loadLike") String text) {
		for (boolean signed : new boolean[] { false, true }) {
			try {
				double[] values = signed ? LoadCsv.parseSigned(new java.io.StringReader(text)) : LoadCsv.parse(text);
				assertThat(values).isNotEmpty();
				for (double v : values) {
					assertThat(Double.isFinite(v)).isTrue();
				}
			}
			catch (SeriesFormatException refused) {
				assertThat(refused.getMessage()).isNotBlank();
			}
		}
	}

	@Property(tries = 100)
	void aMistypedNominalPowerIsRefusedOnItsLine(@ForAll("peakValues") String peak) {
		String text = PVGIS.replace("(kWp):\t2.0", "(kWp):\t" + peak);
		try {
			PvgisCsv.parse(text);
		}
		catch (SeriesFormatException refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}

	@net.jqwik.api.Example
	void aNominalPowerWithTwoDecimalPointsIsAFormatProblem() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> PvgisCsv.parse(PVGIS.replace("(kWp):\t2.0", "(kWp):\t1.2.3")))
			.isInstanceOf(SeriesFormatException.class);
	}

	@Provide
	Arbitrary<String> peakValues() {
		return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789.").ofMaxLength(8),
				Arbitraries.of(".", "..", "0", "0.0", "1.", ".5", "1e3", "999999999999999999999"));
	}

	@Provide
	Arbitrary<String> pvgisLike() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), mutated(PVGIS, true));
	}

	@Provide
	Arbitrary<String> loadLike() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), mutated(LOAD, false));
	}

	/** A valid file with one line replaced (by junk or by the line with one cell changed), removed or duplicated. */
	static Arbitrary<String> mutated(String valid, boolean headerHeavy) {
		List<String> lines = List.of(valid.split("\n", -1));
		Arbitrary<Integer> where = headerHeavy
				? Arbitraries.frequencyOf(
						net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 20)),
						net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, lines.size() - 1)))
				: Arbitraries.integers().between(0, lines.size() - 1);
		Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
				Arbitraries.of("", "-1", "NaN", "Infinity", "1e309", "1.2.3", ".", "0x10", "٣", " 5 ", "20200230:0010",
						"20201301:0010", "99999999:9999", "1,5", "\uFEFF", "\"", "time,", "P"));
		return Combinators.combine(where, Arbitraries.integers().between(0, 4), cell, Arbitraries.integers().between(0, 10))
			.as((at, kind, junk, column) -> {
				List<String> copy = new ArrayList<>(lines);
				int i = Math.min(at, copy.size() - 1);
				switch (kind) {
					case 0 -> copy.set(i, junk);
					case 1 -> copy.remove(i);
					case 2 -> copy.add(i, copy.get(i));
					case 3 -> {
						String[] cells = copy.get(i).split("[,:\t]", -1);
						cells[Math.min(column, cells.length - 1)] = junk;
						copy.set(i, String.join(copy.get(i).contains("\t") ? "\t" : ",", cells));
					}
					default -> copy.set(i, copy.get(i) + junk);
				}
				return String.join("\n", copy);
			});
	}
}
