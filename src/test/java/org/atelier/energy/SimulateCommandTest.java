package org.atelier.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.energy.engine.PvgisFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code simulate} command end to end: scenario files on disk (with a PVGIS file and a load
 * CSV next to them), result JSON on standard output, messages and exit codes on bad input.
 */
class SimulateCommandTest {

	@TempDir
	Path dir;

	private final JsonMapper json = JsonMapper.builder().build();

	record Run(int code, String out, String err) {
	}

	private Run simulate(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = SimulateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** A Republica-like complex: PVGIS roof PV, a resident and a commercial member, a battery behind a tight cap. */
	private Path writeScenario(String name, String membersJson) throws IOException {
		Files.writeString(dir.resolve("roof.csv"),
			PvgisFiles.year(2020, "time,P,Gb(i),Gd(i),Gr(i),H_sun,T2m,WS10m,Int", true));
		StringBuilder load = new StringBuilder("time,kW\n");
		for (int i = 0; i < 8760; i++) {
			load.append(i).append(',').append(i % 24 >= 17 && i % 24 < 21 ? 30 : 8).append('\n');
		}
		Files.writeString(dir.resolve("shop.csv"), load.toString());
		String scenario = """
			{
			  "site": {"latitude": 52.39, "longitude": 4.90, "timezone": "Europe/Amsterdam", "year": 2025},
			  "stepMinutes": 60,
			  "pv": [{"name": "roof", "kwp": 100, "tiltDeg": 15, "azimuthDeg": 180, "lossesPercent": 14,
			          "inverterKw": 90, "source": {"type": "pvgis", "file": "roof.csv"}},
			         {"name": "facade", "kwp": 20, "tiltDeg": 90, "azimuthDeg": 200, "source": {"type": "model"}}],
			  "members": %s,
			  "battery": {"capacityKwh": 100, "powerKw": 50, "roundTripEfficiency": 0.9,
			              "minSocPercent": 10, "maxSocPercent": 90, "initialSocPercent": 50},
			  "grid": {"importCapKw": 40, "exportCapKw": 30},
			  "strategy": "PEAK_SHAVING",
			  "sharing": {"key": "HYBRID", "internalPricePerKwh": 0.15, "retailPricePerKwh": 0.35, "feedInPricePerKwh": 0.05}
			}
			""".formatted(membersJson);
		Path file = dir.resolve(name);
		Files.writeString(file, scenario);
		return file;
	}

	private static final String MEMBERS = """
		[{"name": "residents", "category": "resident", "share": 0.6,
		  "load": {"type": "profile", "profile": "residential", "annualKwh": 120000}},
		 {"name": "shop", "category": "commercial", "share": 0.4, "load": {"type": "series", "file": "shop.csv"}}]""";

	@Test
	void printsTheResultJsonWithEveryKpi() throws IOException {
		Run run = simulate(writeScenario("republica.json", MEMBERS).toString());

		assertThat(run.err()).isEmpty();
		assertThat(run.code()).isZero();
		JsonNode result = json.readTree(run.out());
		JsonNode kpis = result.get("kpis");
		List<String> names = new ArrayList<>(kpis.propertyNames());
		assertThat(names).containsExactly("annualLoadKwh", "annualPvKwh", "gridImportKwh", "gridExportKwh", "curtailedKwh",
			"selfConsumptionRatio", "selfSufficiencyRatio", "peakImportKw", "peakExportKw", "stepsImportOverCap",
			"energyImportOverCapKwh", "importCapNeededP99Kw", "batteryChargeKwh", "batteryDischargeKwh",
			"batteryLossesKwh", "batteryCycles", "batteryStartKwh", "batteryEndKwh", "energyBalanceKwh",
			"conservationErrorKwh");
		// shop: 4 h × 30 kW + 20 h × 8 kW = 280 kWh a day; residents 120,000 kWh
		assertThat(kpis.get("annualLoadKwh").asDouble()).isCloseTo(120000 + 280 * 365, within(1e-6));
		assertThat(kpis.get("conservationErrorKwh").asDouble()).isCloseTo(0, within(1e-6));
		assertThat(kpis.get("batteryStartKwh").asDouble()).isCloseTo(50, within(1e-9));
		assertThat(kpis.get("peakExportKw").asDouble()).isLessThanOrEqualTo(30 + 1e-9);
		assertThat(result.get("members")).hasSize(2);
		assertThat(result.get("members").get(1).get("name").asString()).isEqualTo("shop");
		assertThat(result.get("members").get(1).get("loadKwh").asDouble()).isCloseTo(280 * 365, within(1e-6));
		assertThat(result.get("monthly")).hasSize(12);
		assertThat(result.get("fairness").has("spreadSavingPerKwh")).isTrue();
		assertThat(result.has("series")).isFalse();
	}

	@Test
	void seriesAddsOneValuePerStep() throws IOException {
		Run run = simulate(writeScenario("s.json", MEMBERS).toString(), "--series");
		assertThat(run.code()).isZero();
		JsonNode series = json.readTree(run.out()).get("series");
		assertThat(series.get("gridKw")).hasSize(8760);
		assertThat(series.get("socKwh")).hasSize(8760);
		assertThat(series.get("importCapKw").get(0).asDouble()).isEqualTo(40);
		assertThat(series.get("start").asString()).isEqualTo("2025-01-01T00:00:00Z");
	}

	@Test
	void badInputNamesTheFieldPathAndExitsNonZero() throws IOException {
		String members = MEMBERS.replace("\"annualKwh\": 120000", "\"annualKwh\": -5")
			.replace("\"category\": \"commercial\"", "\"category\": \"industry\"");
		Run run = simulate(writeScenario("bad.json", members).toString());
		assertThat(run.code()).isEqualTo(SimulateCommand.BAD_INPUT);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("bad.json: members[0].load.annualKwh: must be positive")
			.contains("bad.json: members[1].category: must be one of resident, commercial, tenant, other");
	}

	@Test
	void aMissingSeriesFileIsNamedWithItsField() throws IOException {
		Path file = writeScenario("m.json", MEMBERS.replace("shop.csv", "missing.csv"));
		Run run = simulate(file.toString());
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("m.json: members[1].load.file: cannot read 'missing.csv': no such file");
	}

	@Test
	void wrongTypesAndUnknownFieldsAreNamed() throws IOException {
		Path typo = dir.resolve("typo.json");
		Files.writeString(typo, "{\"site\": {\"latitude\": \"north\"}}");
		assertThat(simulate(typo.toString()).err()).contains("site.latitude: must be a number");
		Files.writeString(typo, "{\"members\": [{\"name\": \"a\", \"lod\": {}}]}");
		assertThat(simulate(typo.toString()).err()).contains("members[0].lod: unknown field");
		Files.writeString(typo, "{\"site\": ");
		Run run = simulate(typo.toString());
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("typo.json: not valid JSON");
	}

	@Test
	void sweepsBatterySizesAndCapsOnBothCores() throws IOException {
		writeScenario("base.json", MEMBERS);
		Path sweep = dir.resolve("sweep.json");
		Files.writeString(sweep, """
			{"scenario": "base.json",
			 "batteryCapacityKwh": {"from": 0, "to": 200, "count": 3},
			 "importCapKw": {"values": [40, 60]}}""");
		Run run = simulate("--sweep", sweep.toString());
		assertThat(run.err()).isEmpty();
		JsonNode result = json.readTree(run.out());
		assertThat(result.get("scenarios").asInt()).isEqualTo(6);
		JsonNode rows = result.get("rows");
		assertThat(rows.get(5).get("batteryCapacityKwh").asDouble()).isEqualTo(200);
		assertThat(rows.get(5).get("batteryPowerKw").asDouble()).isEqualTo(100); // the scenario's 0.5 C
		assertThat(rows.get(5).get("importCapKw").asDouble()).isEqualTo(60);
		// a bigger battery never leaves more energy above the same cap
		assertThat(rows.get(4).get("kpis").get("energyImportOverCapKwh").asDouble())
			.isLessThanOrEqualTo(rows.get(0).get("kpis").get("energyImportOverCapKwh").asDouble());

		Run table = simulate("--sweep", sweep.toString(), "--table");
		assertThat(table.out().lines().toList()).hasSize(8).first().asString().contains("battery_kWh");
	}

	@Test
	void usageErrorsExitNonZero() {
		Run none = simulate();
		assertThat(none.code()).isEqualTo(2);
		assertThat(none.err()).contains("no scenario file given").contains("usage: simulate");
		assertThat(simulate("a.json", "--bogus").err()).contains("unexpected argument '--bogus'");
		assertThat(simulate(dir.resolve("nope.json").toString()).err()).contains("nope.json: no such file");
	}
}
