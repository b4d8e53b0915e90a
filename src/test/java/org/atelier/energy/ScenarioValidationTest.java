package org.atelier.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Scenario rules beyond JSON types: required fields, ranges, shares, windows, inline series. */
class ScenarioValidationTest {

	private static final String SITE = "\"site\": {\"latitude\": 43.26, \"longitude\": -2.93, \"timezone\": \"Europe/Madrid\", \"year\": 2025}";

	private static List<String> problems(String json) {
		try {
			ScenarioSimulation.simulate(json, SeriesFiles.NONE, false);
		} catch (InvalidScenarioException e) {
			return e.problems().stream().map(ScenarioProblem::toString).toList();
		}
		throw new AssertionError("expected the scenario to be refused");
	}

	@Test
	void staticSharesMustAddUpToOne() {
		assertThat(problems("{" + SITE + ", \"sharing\": {\"key\": \"STATIC\"}, \"members\": ["
			+ "{\"share\": 0.5, \"load\": {\"type\": \"constant\", \"kw\": 1}},"
			+ "{\"share\": 0.3, \"load\": {\"type\": \"constant\", \"kw\": 1}},"
			+ "{\"load\": {\"type\": \"constant\", \"kw\": 1}}]}"))
			.containsExactly("members[2].share: is required with the STATIC sharing key");
		assertThat(problems("{" + SITE + ", \"sharing\": {\"key\": \"HYBRID\"}, \"members\": ["
			+ "{\"share\": 0.5, \"load\": {\"type\": \"constant\", \"kw\": 1}},"
			+ "{\"share\": 0.3, \"load\": {\"type\": \"constant\", \"kw\": 1}}]}"))
			.containsExactly("members: the shares must add up to 1 with the HYBRID sharing key, they add up to 0.8");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		assertThat(problems("{\"stepMinutes\": 30, \"site\": {\"latitude\": 95, \"timezone\": \"Mars/Olympus\"},"
			+ "\"battery\": {\"capacityKwh\": 10, \"powerKw\": 5, \"roundTripEfficiency\": 90},"
			+ "\"strategy\": \"MAX\", \"members\": []}"))
			.contains("stepMinutes: must be 15 or 60", "site.latitude: must be between -90 and 90",
				"site.longitude: is required", "site.year: is required",
				"site.timezone: unknown time zone 'Mars/Olympus' (use a name like Europe/Madrid)",
				"members: at least one member is required",
				"battery.roundTripEfficiency: must be a fraction between 0 and 1 (e.g. 0.9), not a percentage",
				"strategy: must be NONE, SELF_CONSUMPTION, PEAK_SHAVING or SELF_CONSUMPTION_WITH_CAP");
	}

	@Test
	void inlineSeriesNeedOneValuePerStepAndFilesNeedAFileSource() {
		assertThat(problems("{" + SITE + ", \"members\": [{\"load\": {\"type\": \"series\", \"valuesKw\": [1, 2, 3]}}]}"))
			.containsExactly("members[0].load.valuesKw: must have one value per step: 8760 values, found 3");
		assertThat(problems("{" + SITE + ", \"members\": [{\"load\": {\"type\": \"series\", \"file\": \"a.csv\"}}]}"))
			.singleElement().asString().startsWith("members[0].load.file: cannot read 'a.csv'");
		assertThat(problems("{" + SITE + ", \"members\": [{\"load\": {\"type\": \"profile\", \"profile\": \"factory\", \"annualKwh\": 5}}]}"))
			.containsExactly("members[0].load.profile: unknown profile 'factory' (residential, office, retail, ev-charging, heat-pump)");
	}

	@Test
	void capWindowsLowerTheImportCapInLocalHours() {
		SimulationResult r = ScenarioSimulation.simulate("{" + SITE + ", \"stepMinutes\": 60,"
			+ "\"grid\": {\"importCapKw\": 10, \"windows\": [{\"fromHour\": 17, \"toHour\": 21, \"importCapKw\": 4}]},"
			+ "\"members\": [{\"load\": {\"type\": \"constant\", \"kw\": 5}}]}", SeriesFiles.NONE, true);
		// 4 hours a day at 5 kW against a 4 kW cap: 365·4 steps over, 1 kWh each
		assertThat(r.kpis().stepsImportOverCap()).isEqualTo(365 * 4);
		assertThat(r.kpis().energyImportOverCapKwh()).isCloseTo(365 * 4, within(1e-6));
		// Madrid is UTC+1 in January: 17:00 local is 16:00 UTC
		assertThat(r.series().importCapKw()[16]).isEqualTo(4.0);
		assertThat(r.series().importCapKw()[15]).isEqualTo(10.0);
	}

	@Test
	void modelPvNeedsAKnownClimate() {
		String far = "\"site\": {\"latitude\": 60.17, \"longitude\": 24.94, \"timezone\": \"Europe/Helsinki\", \"year\": 2025}";
		assertThat(problems("{" + far + ", \"pv\": [{\"kwp\": 10, \"source\": {\"type\": \"model\"}}],"
			+ "\"members\": [{\"load\": {\"type\": \"constant\", \"kw\": 1}}]}"))
			.singleElement().asString().startsWith("pv[0].source.type: the built-in model has monthly climate data only");
		SimulationResult ok = ScenarioSimulation.simulate("{" + far.replace("}", ", \"climate\": \"amsterdam\"}")
			+ ", \"pv\": [{\"kwp\": 10, \"source\": {\"type\": \"model\"}}],"
			+ "\"members\": [{\"load\": {\"type\": \"constant\", \"kw\": 1}}]}", SeriesFiles.NONE, false);
		assertThat(ok.kpis().annualPvKwh()).isGreaterThan(5000);
	}
}
