package org.atelier.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export, import as a new atelier, export again: the same document (but for the export time, the
 * application version and the atelier's name, which the import sets) and the same attachments.
 * Runs on the demo installation, whose Republica atelier has records in every part, topped up here
 * with what the demo lacks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"atelier.demo.enabled=true", "atelier.demo.password=" + ArchiveRoundTripTest.DEMO_PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:atelier-archive;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ArchiveRoundTripTest {

	static final String DEMO_PASSWORD = "archive-round-trip-1";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.atelier.identity.Accounts accounts;

	@Autowired
	org.atelier.lifecycle.ContextMap contextMap;

	@Autowired
	org.atelier.lifecycle.GateReviews gateReviews;

	@Autowired
	org.atelier.assessment.AssessmentService assessments;

	@Autowired
	org.atelier.method.MethodCatalogue method;

	@Autowired
	org.atelier.stakeholder.StakeholderRegister register;

	@Autowired
	org.atelier.stakeholder.StakeholderDocuments documents;

	@Autowired
	org.atelier.learning.LessonBook lessons;

	@Autowired
	org.atelier.activity.Sessions sessions;

	@Autowired
	org.atelier.energy.EnergyScenarios energy;

	@Autowired
	org.atelier.hypothesis.Hypotheses hypotheses;

	/** Adds, through the services, the kinds of records the demo does not have. */
	private void topUp(long atelierId) {
		var eva = accounts.findByUsername("eva.jansen").orElseThrow();
		TestUsers.as(eva, () -> {
			contextMap.add(atelierId, new org.atelier.lifecycle.ContextInput(org.atelier.lifecycle.ContextDomain.SOCIAL,
					"Tenants organise in a cooperative", "residents' association"));
			gateReviews.record(atelierId, new org.atelier.lifecycle.GateReviewInput(
					org.atelier.lifecycle.GateDecision.ADVANCE, null, java.time.LocalDate.of(2026, 3, 2),
					"Ready enough, the grid operator follows", true, List.of(eva.id()), "An alderman"));
			var phase = jdbc.sql("select phase from atelier where id = :a").param("a", atelierId)
				.query(String.class).single();
			var assessment = assessments.open(atelierId, null);
			var question = method.current(java.util.Locale.ENGLISH)
				.questions(org.atelier.method.Phase.valueOf(phase)).get(0);
			assessments.answer(atelierId, assessment.id(), question.key(),
					new org.atelier.assessment.AnswerInput(2, 4, false, null, "Mostly there", List.of()), null);
			var group = org.atelier.assessment.AssessmentGroup
				.of(method.current(java.util.Locale.ENGLISH), org.atelier.method.Phase.valueOf(phase)).get(0).key();
			assessments.setTargets(atelierId, Map.of(group, 3));
			long stakeholder = jdbc.sql("select min(id) from stakeholder where atelier_id = :a").param("a", atelierId)
				.query(Long.class).single();
			register.addContact(atelierId, stakeholder, "Jan de Vries", "Programme manager", "jan@example.org",
					null, "LEGITIMATE_INTEREST");
			register.propose(atelierId, stakeholder, register.view(atelierId, stakeholder).version(),
					new org.atelier.stakeholder.ValueProposition("POLICY_GOALS,LEARNING", null, "Quick insight",
							"A model for other districts", "Monthly updates", true, null));
			byte[] pdf = "%PDF-1.7\n% a letter of commitment\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
			documents.attach(atelierId, stakeholder, new org.atelier.stakeholder.DocumentUpload("Letter of intent",
					"LETTER_OF_COMMITMENT", "2026-02-01", "letter.pdf", pdf.length,
					new org.springframework.core.io.ByteArrayResource(pdf)));
			long lesson = jdbc.sql("select min(id) from lesson where atelier_id = :a").param("a", atelierId)
				.query(Long.class).single();
			long decision = jdbc.sql("select max(id) from decision where atelier_id = :a").param("a", atelierId)
				.query(Long.class).single();
			lessons.linkDecision(atelierId, lesson, decision);
			long approved = jdbc.sql("select id from activity_session where atelier_id = :a and minutes_status = 'APPROVED'")
				.param("a", atelierId).query(Long.class).list().get(0);
			sessions.addendum(atelierId, approved, "The date of the next meeting moved");

			// an energy result calibrated against a meter, and cited as evidence by a hypothesis
			long scenario = jdbc.sql("select min(id) from energy_scenario where atelier_id = :a").param("a", atelierId)
				.query(Long.class).single();
			long run = jdbc.sql("select max(id) from energy_run where scenario_id = :s").param("s", scenario)
				.query(Long.class).single();
			StringBuilder meter = new StringBuilder("kW\n");
			for (int i = 0; i < 35_040; i++) {
				meter.append(200 + (i % 96) * 2).append('\n');
			}
			long file = energy.upload(atelierId, scenario, "meter.csv", "monitoring",
					meter.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).id();
			energy.calibrate(atelierId, scenario, run, file, "net");
			long testing = jdbc.sql("select id from hypothesis where atelier_id = :a and status = 'TESTING'")
				.param("a", atelierId).query(Long.class).list().get(0);
			hypotheses.addEvidence(atelierId, testing, org.atelier.hypothesis.EvidenceInput.parse("energy-run", run, null,
					null, "supports", "2", "The simulated year stays under the limit."));
			// a session series carried over from an atelier this one was started from (only replicas write these)
			jdbc.sql("""
					insert into session_series_plan (atelier_id, series, kind, purpose, duration_minutes, building_blocks,
					created_at) values (:a, 'Residents'' evenings', 'co-creation', 'Hear the residents', 120,
					'open-innovation-activities', timestamp with time zone '2026-02-01 10:00:00+00')""")
				.param("a", atelierId).update();
			return null;
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void exportImportExportGivesTheSameContent() throws Exception {
		long republica = jdbc.sql("select id from atelier where name = 'Republica, Buiksloterham'").query(Long.class)
			.single();
		topUp(republica);
		HttpResponse<byte[]> first = ArchiveHttp.export(port, "eva.jansen", DEMO_PASSWORD, republica);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type")).hasValue("application/zip");
		Map<String, byte[]> before = ArchiveHttp.entries(first.body());
		Map<String, Object> one = JSON.readValue(before.get("atelier.json"), Map.class);

		List<String> empty = new ArrayList<>();
		((Map<String, Map<String, List<?>>>) one.get("parts")).forEach((part, tables) -> tables
			.forEach((table, rows) -> {
				if (rows.isEmpty()) {
					empty.add(table);
				}
			}));
		assertThat(empty).as("every table of the archive has records").isEmpty();

		HttpResponse<String> imported = ArchiveHttp.importZip(port, "eva.jansen", DEMO_PASSWORD, first.body(),
				"Republica copy");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		long copy = JSON.readTree(imported.body()).get("id").asLong();
		assertThat(copy).isNotEqualTo(republica);

		HttpResponse<byte[]> second = ArchiveHttp.export(port, "eva.jansen", DEMO_PASSWORD, copy);
		assertThat(second.statusCode()).isEqualTo(200);
		Map<String, byte[]> after = ArchiveHttp.entries(second.body());
		Map<String, Object> two = JSON.readValue(after.get("atelier.json"), Map.class);

		for (Map<String, Object> document : List.of(one, two)) {
			document.remove("exportedAt");
			document.remove("application");
			((Map<String, Object>) document.get("atelier")).remove("name");
		}
		assertThat(two).isEqualTo(one);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		before.forEach((name, bytes) -> {
			if (!name.equals("atelier.json")) {
				assertThat(after.get(name)).as(name).isEqualTo(bytes);
			}
		});
	}
}
