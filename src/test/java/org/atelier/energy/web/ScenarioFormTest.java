package org.atelier.energy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atelier.energy.Scenario;
import org.atelier.energy.ScenarioReader;
import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * The scenario editor's form keeps what it does not show, reads numbers as people type them and
 * puts the engine's problems next to the right fields.
 */
class ScenarioFormTest {

	private static final String STORED = """
			{"site":{"latitude":43.26,"longitude":-2.94,"timezone":"Europe/Madrid","year":2025,"climate":"bilbao"},
			 "stepMinutes":60,
			 "pv":[{"name":"Roof","kwp":80,"tiltDeg":30,"source":{"type":"series","valuesKw":[0,1,2]}},
			       {"name":"Canopy","kwp":40,"source":{"type":"pvgis","file":"canopy.csv","peakKwp":1.5}}],
			 "members":[{"name":"Shop","category":"tenant","share":0.5,"load":{"type":"constant","kw":12},
			             "pv":[{"name":"Own","kwp":5,"source":{"type":"model"}}]},
			            {"name":"Flats","category":"resident","share":0.5,
			             "load":{"type":"profile","profile":"residential","annualKwh":90000}}],
			 "battery":{"capacityKwh":100,"powerKw":50},
			 "grid":{"importCapKw":60,"exportCapKw":40,"windows":[{"fromHour":17,"toHour":21,"importCapKw":45}]},
			 "strategy":"PEAK_SHAVING","sharing":{"key":"HYBRID","retailPricePerKwh":0.3}}""";

	@Test
	void whatTheFormDoesNotShowIsKeptWhenItIsSavedUnchanged() {
		Scenario stored = ScenarioReader.read(STORED);
		ScenarioForm form = ScenarioForm.of("Bilbao", null, 3, stored);
		assertThat(ScenarioReader.write(form.toScenario(stored))).isEqualTo(ScenarioReader.write(stored));
	}

	@Test
	void aRemovedRowIsLeftOutAndTheOthersKeepTheirHiddenParts() {
		Scenario stored = ScenarioReader.read(STORED);
		ScenarioForm form = ScenarioForm.of("Bilbao", null, 3, stored);
		form.getPv().get(0).setRemove(true);
		Scenario saved = form.toScenario(stored);
		assertThat(saved.pv()).hasSize(1);
		assertThat(saved.pv().get(0).source().peakKwp()).isEqualTo(1.5);
		assertThat(saved.members().get(0).pv()).hasSize(1);
		assertThat(saved.grid().windows()).hasSize(1);
	}

	@Test
	void numbersAreReadWithAPointOrACommaAndEveryWrongOneIsNamed() {
		ScenarioForm form = ScenarioForm.blank();
		form.setBatteryCapacityKwh("12,5");
		form.setBatteryPowerKw("5");
		form.setImportCapKw("lots");
		form.getMembers().get(0).setLoadType("constant");
		form.getMembers().get(0).setKw("ten");
		form.setYear("2025.5");
		assertThatThrownBy(() -> form.toScenario(null)).isInstanceOfSatisfying(FieldProblem.class,
				p -> assertThat(p.violations()).extracting(FieldProblem.Violation::field)
					.containsExactlyInAnyOrder("importCapKw", "members[0].kw", "year"));
		form.setImportCapKw("150");
		form.getMembers().get(0).setKw("10");
		form.setYear("2025");
		Scenario s = form.toScenario(null);
		assertThat(s.battery().capacityKwh()).isEqualTo(12.5);
		assertThat(s.members().get(0).load().kw()).isEqualTo(10);
		assertThat(s.members().get(0).load().profile()).as("only the chosen load type's fields are written").isNull();
	}

	@Test
	void theEnginesProblemsLandOnTheFieldsThatShowThem() {
		assertThat(ScenarioForm.fieldOf("site.timezone")).isEqualTo("timezone");
		assertThat(ScenarioForm.fieldOf("battery.roundTripEfficiency")).isEqualTo("roundTripEfficiency");
		assertThat(ScenarioForm.fieldOf("sharing.key")).isEqualTo("sharingKey");
		assertThat(ScenarioForm.fieldOf("pv[1].source.file")).isEqualTo("pv[1].file");
		assertThat(ScenarioForm.fieldOf("pv[0].source")).isEqualTo("pv[0].sourceType");
		assertThat(ScenarioForm.fieldOf("members[2].load.annualKwh")).isEqualTo("members[2].annualKwh");
		assertThat(ScenarioForm.fieldOf("members[2].load")).isEqualTo("members[2].loadType");
		assertThat(ScenarioForm.fieldOf("grid.windows[0].fromHour")).as("not on the form: shown above it").isNull();
		assertThat(ScenarioForm.fieldOf("members[0].pv[0].kwp")).isNull();
	}
}
