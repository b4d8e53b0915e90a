package org.atelier.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.audit.AuditEntry;
import org.atelier.audit.AuditTrail;
import org.atelier.governance.DecisionInput;
import org.atelier.governance.DecisionLog;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hypothesis API over real HTTP: recording and editing with If-Match, the status rules and the
 * history they leave, evidence only from the same atelier, the audit trail, the readiness check and
 * a lesson made once.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HypothesisApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	AuditTrail audit;

	@Autowired
	DecisionLog decisions;

	@Autowired
	List<ReadinessEvaluator> evaluators;

	@Autowired
	JdbcClient jdbc;

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelierId;

	@BeforeEach
	void atelier() {
		coordinator = TestUsers.create(accounts, "hy-coord");
		partner = TestUsers.create(accounts, "hy-partner");
		observer = TestUsers.create(accounts, "hy-observer");
		outsider = TestUsers.create(accounts, "hy-outsider");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Hypothetical"), "Bilbao", null,
					Theme.ENERGY, null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
	}

	@Test
	void aHypothesisIsRecordedEditedWithIfMatchAndItsStatusFollowsTheRules() throws Exception {
		var bad = call("POST", base(), partner, """
				{"statement":" ","category":"astrology","importance":9,"testCard":{"deadline":"soon"}}""");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(fields(bad)).containsExactlyInAnyOrder("statement", "category", "importance", "deadline");
		var spanish = call("POST", base(), partner, "{\"category\":\"viability\",\"importance\":3}",
				"Accept-Language", "es");
		assertThat(spanish.body()).contains("Escriba la hipótesis.");

		var created = call("POST", base(), partner, """
				{"statement":"Residents shift EV charging to the afternoon when it is cheaper","category":"desirability",
				 "importance":5,"evidenceStrength":1,
				 "testCard":{"method":"Tariff pilot with 40 households","metric":"Share of charging 12-17h",
				             "successCriterion":"At least 30 percent","deadline":"2026-12-15"}}""");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
		JsonNode h = JSON.readTree(created.body());
		long id = h.get("id").asLong();
		assertThat(h.get("status").asString()).isEqualTo("open");
		assertThat(h.get("priority").asString()).isEqualTo("test-first");
		assertThat(h.get("testCard").get("deadline").asString()).isEqualTo("2026-12-15");
		assertThat(h.get("history").get(0).get("to").asString()).isEqualTo("open");
		assertThat(call("POST", base(), observer, "{\"statement\":\"x\",\"category\":\"viability\",\"importance\":3}")
			.statusCode()).isEqualTo(403);
		assertThat(call("GET", base() + "/" + id, outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", base(), outsider, null).statusCode()).isEqualTo(404);

		String edit = """
				{"statement":"Residents shift EV charging to the afternoon","category":"desirability","importance":5,
				 "evidenceStrength":2}""";
		assertThat(call("PUT", base() + "/" + id, partner, edit).statusCode()).isEqualTo(428);
		var edited = call("PUT", base() + "/" + id, partner, edit, "If-Match", "\"0\"");
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(edited.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(JSON.readTree(edited.body()).get("priority").asString()).isEqualTo("grounded");
		assertThat(call("PUT", base() + "/" + id, coordinator, edit, "If-Match", "\"0\"").statusCode()).isEqualTo(412);

		// concluding needs observation and insight; nothing is written when it is refused
		var noCard = call("POST", base() + "/" + id + "/status", partner, "{\"status\":\"supported\"}", "If-Match", "\"1\"");
		assertThat(noCard.statusCode()).isEqualTo(400);
		assertThat(fields(noCard)).containsExactlyInAnyOrder("observation", "insight");
		assertThat(call("POST", base() + "/" + id + "/status", partner, "{\"status\":\"testing\"}").statusCode())
			.isEqualTo(428);
		var testing = call("POST", base() + "/" + id + "/status", partner,
				"{\"status\":\"testing\",\"note\":\"Pilot starts\"}", "If-Match", "\"1\"");
		assertThat(testing.statusCode()).isEqualTo(200);
		assertThat(call("POST", base() + "/" + id + "/status", partner, "{\"status\":\"testing\"}", "If-Match", "\"2\"")
			.statusCode()).isEqualTo(409);
		var supported = call("POST", base() + "/" + id + "/status", coordinator, """
				{"status":"supported","note":"Pilot done","learningCard":{"observation":"38 percent charged in the afternoon",
				 "insight":"A price signal is enough","decision":"Offer the tariff to all tenants",
				 "nextActions":"Ask the supplier for a contract"}}""", "If-Match", "\"2\"");
		assertThat(supported.statusCode()).isEqualTo(200);
		JsonNode concluded = JSON.readTree(supported.body());
		assertThat(concluded.get("learningCard").get("insight").asString()).isEqualTo("A price signal is enough");
		assertThat(concluded.get("concludedOn").isNull()).isFalse();
		List<String> steps = new java.util.ArrayList<>();
		concluded.get("history").forEach(e -> steps.add(e.get("to").asString()));
		assertThat(steps).containsExactly("open", "testing", "supported");
		assertThat(concluded.get("history").get(2).get("by").asString()).isEqualTo(coordinator.displayName());

		// a concluded hypothesis is neither edited nor concluded differently before it is reopened
		assertThat(call("PUT", base() + "/" + id, partner, edit, "If-Match", "\"3\"").statusCode()).isEqualTo(409);
		assertThat(call("POST", base() + "/" + id + "/status", partner, """
				{"status":"refuted","learningCard":{"observation":"o","insight":"i"}}""", "If-Match", "\"3\"")
			.statusCode()).isEqualTo(409);
		var noReason = call("POST", base() + "/" + id + "/status", partner, "{\"status\":\"dropped\"}", "If-Match", "\"3\"");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(fields(noReason)).containsExactly("note");

		assertThat(JSON.readTree(call("GET", base() + "?status=supported", observer, null).body()).size()).isEqualTo(1);
		assertThat(JSON.readTree(call("GET", base() + "?category=viability", observer, null).body()).size()).isZero();
		assertThat(call("GET", base() + "?status=maybe", observer, null).statusCode()).isEqualTo(400);

		List<AuditEntry> history = audit.of(Hypotheses.AUDIT_TYPE, String.valueOf(id));
		assertThat(history).hasSize(4);
		assertThat(history.toString()).contains("supported", "A price signal is enough");
	}

	@Test
	void evidenceComesFromDecisionsOfTheSameAtelierAndFromWebDocumentsOnly() throws Exception {
		long id = created("Battery covers the winter peaks", "feasibility", 4, 0);
		long decision = TestUsers.as(coordinator, () -> decisions.create(atelierId,
				DecisionInput.parse("Battery pilot", null, null, null, null, null, null, null, null, null, null), false).id());
		long elsewhere = TestUsers.as(coordinator, () -> {
			long other = ateliers.create(new AtelierInput(TestUsers.uniqueName("Elsewhere"), "Bilbao", null, Theme.ENERGY,
					null, null, null)).id();
			return decisions.create(other, DecisionInput.parse("Not yours", null, null, null, null, null, null, null,
					null, null, null), false).id();
		});

		var linked = call("POST", base() + "/" + id + "/evidence", partner, """
				{"kind":"decision","targetId":%d,"direction":"supports","strength":3,"note":"Sized for winter"}"""
			.formatted(decision));
		assertThat(linked.statusCode()).isEqualTo(201);
		JsonNode evidence = JSON.readTree(linked.body());
		assertThat(evidence.get("title").asString()).isEqualTo("Battery pilot");
		assertThat(evidence.get("path").asString()).isEqualTo("/ateliers/" + atelierId + "/decisions/" + decision);

		var foreign = call("POST", base() + "/" + id + "/evidence", partner, """
				{"kind":"decision","targetId":%d,"direction":"supports","strength":3}""".formatted(elsewhere));
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(fields(foreign)).containsExactly("targetId");
		var unknownKind = call("POST", base() + "/" + id + "/evidence", partner,
				"{\"kind\":\"horoscope\",\"targetId\":1,\"direction\":\"supports\",\"strength\":1}");
		assertThat(unknownKind.statusCode()).isEqualTo(400);
		assertThat(fields(unknownKind)).containsExactly("kind");
		var script = call("POST", base() + "/" + id + "/evidence", partner, """
				{"kind":"document","url":"javascript:alert(1)","title":"Bad","direction":"against","strength":5}""");
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(fields(script)).containsExactlyInAnyOrder("url", "direction", "strength");
		var document = call("POST", base() + "/" + id + "/evidence", partner, """
				{"kind":"document","url":"https://example.org/grid-study.pdf","title":"Grid study",
				 "direction":"contradicts","strength":1}""");
		assertThat(document.statusCode()).isEqualTo(201);
		long documentId = JSON.readTree(document.body()).get("id").asLong();

		assertThat(JSON.readTree(call("GET", base() + "/" + id + "/evidence", observer, null).body()).size()).isEqualTo(2);
		assertThat(call("DELETE", base() + "/" + id + "/evidence/" + documentId, observer, null).statusCode())
			.isEqualTo(403);
		assertThat(call("DELETE", base() + "/" + id + "/evidence/" + documentId, partner, null).statusCode())
			.isEqualTo(204);
		assertThat(call("DELETE", base() + "/" + id + "/evidence/" + documentId, partner, null).statusCode())
			.isEqualTo(404);
		assertThat(JSON.readTree(call("GET", base() + "/" + id + "/evidence", observer, null).body()).size()).isEqualTo(1);
		assertThat(audit.of(Hypotheses.AUDIT_TYPE, String.valueOf(id)).toString()).contains("Grid study", "decision");
	}

	@Test
	void theReadinessCheckCountsHypothesesThatAreNotDropped() throws Exception {
		var recorded = evaluators.stream().filter(e -> e.checkType().equals("hypothesis-recorded")).findFirst()
			.orElseThrow();
		ReadinessFinding none = TestUsers.as(observer, () -> recorded.evaluate(atelierId, Map.of("minimum", "2")));
		assertThat(none.met()).isFalse();
		assertThat(none.detailArgs()).containsExactly(2, 0);
		assertThat(none.fixPath()).isEqualTo("/ateliers/" + atelierId + "/hypotheses");

		long first = created("Tenants accept a shared battery", "desirability", 3, 1);
		long second = created("The grid operator allows a shared connection", "regulatory", 5, 0);
		assertThat(TestUsers.as(observer, () -> recorded.evaluate(atelierId, Map.of("minimum", "2"))).met()).isTrue();
		assertThat(call("POST", base() + "/" + second + "/status", partner,
				"{\"status\":\"dropped\",\"note\":\"Rules changed\"}", "If-Match", "\"0\"").statusCode()).isEqualTo(200);
		ReadinessFinding after = TestUsers.as(observer, () -> recorded.evaluate(atelierId, Map.of("minimum", "2")));
		assertThat(after.met()).isFalse();
		assertThat(after.detailArgs()).containsExactly(1, 1);
		assertThat(TestUsers.as(observer, () -> recorded.evaluate(atelierId, Map.of())).met()).isTrue();
		assertThat(first).isPositive();

		JsonNode readiness = JSON.readTree(call("GET", "/api/v1/ateliers/" + atelierId + "/readiness", observer, null).body());
		readiness.get("criteria").forEach(c -> {
			if (c.get("key").asString().equals("hypothesis-recorded")) {
				assertThat(c.get("measurable").asBoolean()).isTrue();
				assertThat(c.get("met").asBoolean()).isTrue();
				assertThat(c.get("detail").asString()).isEqualTo("One working hypothesis is recorded.");
			}
		});
	}

	@Test
	void aConcludedHypothesisBecomesALessonOnce() throws Exception {
		long id = created("A shared battery pays back in eight years", "viability", 4, 1);
		assertThat(call("POST", base() + "/" + id + "/lesson", partner, null).statusCode()).isEqualTo(409);
		call("POST", base() + "/" + id + "/status", partner, """
				{"status":"refuted","learningCard":{"observation":"Payback is 14 years at current tariffs",
				 "insight":"Without a grid fee discount the battery does not pay","decision":"Ask for a discount"}}""",
				"If-Match", "\"0\"");
		assertThat(call("POST", base() + "/" + id + "/lesson", observer, null).statusCode()).isEqualTo(403);
		var lesson = call("POST", base() + "/" + id + "/lesson", partner, null);
		assertThat(lesson.statusCode()).isEqualTo(201);
		JsonNode ref = JSON.readTree(lesson.body()).get("lesson");
		assertThat(ref.get("title").asString()).isEqualTo("A shared battery pays back in eight years");
		assertThat(ref.get("path").asString()).isEqualTo("/lessons/" + ref.get("id").asLong());
		assertThat(call("POST", base() + "/" + id + "/lesson", coordinator, null).statusCode()).isEqualTo(409);
		long lessons = jdbc.sql("select count(*) from lesson where atelier_id = :a").param("a", atelierId)
			.query(Long.class).single();
		assertThat(lessons).isEqualTo(1);
		String visibility = jdbc.sql("select visibility from lesson where id = :id").param("id", ref.get("id").asLong())
			.query(String.class).single();
		assertThat(visibility).isEqualTo("MEMBERS");
		String insight = jdbc.sql("select insight from lesson where id = :id").param("id", ref.get("id").asLong())
			.query(String.class).single();
		assertThat(insight).isEqualTo("Without a grid fee discount the battery does not pay");
		assertThat(JSON.readTree(call("GET", base() + "/" + id, observer, null).body()).get("lesson").get("id").asLong())
			.isEqualTo(ref.get("id").asLong());
	}

	private long created(String statement, String category, int importance, int strength) throws Exception {
		var response = call("POST", base(), partner, """
				{"statement":"%s","category":"%s","importance":%d,"evidenceStrength":%d}"""
			.formatted(statement, category, importance, strength));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).get("id").asLong();
	}

	private String base() {
		return "/api/v1/ateliers/" + atelierId + "/hypotheses";
	}

	private static List<String> fields(HttpResponse<String> response) throws Exception {
		List<String> fields = new java.util.ArrayList<>();
		JSON.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private HttpResponse<String> call(String method, String path, AccountView user, String body, String... headers)
			throws Exception {
		return ApiCalls.call(port, method, path, user.username(), TestUsers.PASSWORD, body, ApiCalls.headers(headers));
	}
}
