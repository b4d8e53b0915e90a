package org.atelier.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.atelier.lifecycle.internal.ReadinessDataAccess;
import org.atelier.method.Phase;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The readiness data file: the published one is complete, and broken ones are refused with the entry named. */
class ReadinessDataTest {

	private static Object yaml(String text) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
	}

	@Test
	void thePublishedCriteriaCoverEveryTransitionAndPreconditionsFollowsTheFiveOutputs() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/method/2026.1/readiness.yaml")) {
			Map<Phase, List<Criterion>> data = ReadinessDataAccess.parse("readiness.yaml",
					new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
			assertThat(data).containsOnlyKeys(Phase.PRECONDITIONS, Phase.ESTABLISHING, Phase.MATURING, Phase.STABILISING);
			assertThat(data.get(Phase.PRECONDITIONS)).extracting(Criterion::key).containsExactly("challenge-validated",
					"stakeholder-committed", "governance-arranged", "operational-conditions-complete",
					"hypothesis-recorded");
			assertThat(data.get(Phase.STABILISING)).extracting(Criterion::key).contains("funding-secured");
			assertThat(data.get(Phase.PRECONDITIONS).get(3).parameters()).containsEntry("evidence-required", "true");
		}
	}

	@Test
	void brokenFilesAreRefusedNamingTheEntry() {
		String text = """
				transitions:
				  preconditions:
				    - key: a
				      check: a
				      label: {en: A, nl: A}
				      help: {en: A, nl: A, es: A}
				""";
		assertThatThrownBy(() -> ReadinessDataAccess.parse("f.yaml", yaml(text)))
			.hasMessageContaining("preconditions/a").hasMessageContaining("es");
		assertThatThrownBy(() -> ReadinessDataAccess.parse("f.yaml", yaml("transitions: {continuation: []}")))
			.hasMessageContaining("last phase");
		assertThatThrownBy(() -> ReadinessDataAccess.parse("f.yaml", yaml("transitions: {someday: []}")))
			.hasMessageContaining("not a phase");
		String twice = """
				transitions:
				  maturing:
				    - {key: a, check: a, label: {en: A, nl: A, es: A}, help: {en: A, nl: A, es: A}}
				    - {key: a, check: b, label: {en: A, nl: A, es: A}, help: {en: A, nl: A, es: A}}
				""";
		assertThatThrownBy(() -> ReadinessDataAccess.parse("f.yaml", yaml(twice))).hasMessageContaining("twice");
	}
}
