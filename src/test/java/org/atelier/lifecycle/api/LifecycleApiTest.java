package org.atelier.lifecycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.atelier.audit.AuditTrail;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.lifecycle.ChallengeStatements;
import org.atelier.lifecycle.GateReviews;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lifecycle API over real HTTP: readiness, gate reviews, the timeline and the workbench records. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifecycleApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelier;

	@BeforeEach
	void anAtelierWithItsPeople() throws Exception {
		coordinator = TestUsers.create(accounts, "lc-coord");
		partner = TestUsers.create(accounts, "lc-partner");
		observer = TestUsers.create(accounts, "lc-observer");
		outsider = TestUsers.create(accounts, "lc-outsider");
		var created = call("POST", "/api/v1/ateliers", coordinator, "{\"name\":\"" + TestUsers.uniqueName("Gate lab")
				+ "\",\"city\":\"Bilbao\",\"theme\":\"energy\"}");
		atelier = JSON.readTree(created.body()).get("id").asLong();
		call("POST", path("/members"), coordinator, "{\"username\":\"" + partner.username() + "\",\"role\":\"partner\"}");
		call("POST", path("/members"), coordinator, "{\"username\":\"" + observer.username() + "\",\"role\":\"observer\"}");
	}

	@Test
	void readinessOfANewAtelierListsThePreconditionsCriteriaNoneMet() throws Exception {
		var response = call("GET", path("/readiness"), observer, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("phase").asString()).isEqualTo("preconditions");
		assertThat(body.get("nextPhase").asString()).isEqualTo("establishing");
		assertThat(body.get("ready").asBoolean()).isFalse();
		List<String> keys = new ArrayList<>();
		body.get("criteria").forEach(c -> keys.add(c.get("key").asString()));
		assertThat(keys).containsExactly("challenge-validated", "stakeholder-committed", "governance-arranged",
				"operational-conditions-complete", "hypothesis-recorded");
		JsonNode challenge = criterion(body, "challenge-validated");
		assertThat(challenge.get("measurable").asBoolean()).isTrue();
		assertThat(challenge.get("met").asBoolean()).isFalse();
		assertThat(challenge.get("detail").asString()).isEqualTo("No challenge statement has been written yet.");
		assertThat(challenge.get("fixPath").asString()).isEqualTo("/ateliers/" + atelier + "/challenge");
		JsonNode hypothesis = criterion(body, "hypothesis-recorded");
		assertThat(hypothesis.get("measurable").asBoolean()).isTrue();
		assertThat(hypothesis.get("met").asBoolean()).isFalse();
		assertThat(hypothesis.get("detail").asString())
			.isEqualTo("One more working hypothesis is needed (0 recorded so far, dropped ones do not count).");
		assertThat(hypothesis.get("fixPath").asString()).isEqualTo("/ateliers/" + atelier + "/hypotheses");

		assertThat(call("GET", path("/readiness"), outsider, null).statusCode()).isEqualTo(404);
	}

	@Test
	void theWorkbenchTurnsItsCriteriaMetAndANewChallengeVersionNeedsNewValidation() throws Exception {
		String statement = "{\"systemicIssue\":\"Grid congestion blocks the harbour\",\"urgency\":\"Permits stall\"}";
		assertThat(call("PUT", path("/challenge-statement"), partner, statement).statusCode()).isEqualTo(428);
		var first = call("PUT", path("/challenge-statement"), partner, statement, "If-Match", "\"0\"");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(call("PUT", path("/challenge-statement"), partner, statement, "If-Match", "\"0\"").statusCode())
			.isEqualTo(412);
		assertThat(call("POST", path("/challenge-statement/validation"), partner, null, "If-Match", "\"1\"").statusCode())
			.isEqualTo(403);
		var validated = call("POST", path("/challenge-statement/validation"), coordinator, null, "If-Match", "\"1\"");
		assertThat(JSON.readTree(validated.body()).get("validatedBy").asString()).isEqualTo(coordinator.username());
		assertThat(met("challenge-validated")).isTrue();

		// a new version is not validated until a coordinator confirms it again
		call("PUT", path("/challenge-statement"), partner, statement.replace("harbour", "port"), "If-Match", "\"1\"");
		assertThat(met("challenge-validated")).isFalse();
		var versions = JSON.readTree(call("GET", path("/challenge-statement/versions"), observer, null).body());
		assertThat(versions.size()).isEqualTo(2);
		assertThat(versions.get(1).get("validated").asBoolean()).isTrue();

		// operational conditions: secured needs evidence to count, not needed counts as settled
		for (String key : List.of("data-access", "technical-expertise", "facilitation-budget")) {
			assertThat(call("PUT", path("/operational-conditions/" + key), partner,
					"{\"status\":\"secured\",\"evidence\":\"Agreement of 3 March\",\"owner\":" + partner.id() + "}",
					"If-Match", "\"0\"").statusCode()).isEqualTo(200);
		}
		assertThat(met("operational-conditions-complete")).isFalse();
		var noEvidence = call("PUT", path("/operational-conditions/confidentiality"), partner,
				"{\"status\":\"secured\"}", "If-Match", "\"0\"");
		assertThat(noEvidence.statusCode()).isEqualTo(200);
		assertThat(met("operational-conditions-complete")).isFalse();
		call("PUT", path("/operational-conditions/confidentiality"), partner, "{\"status\":\"not_needed\"}",
				"If-Match", "\"1\"");
		assertThat(met("operational-conditions-complete")).isTrue();
		var custom = call("POST", path("/operational-conditions"), partner, "{\"label\":\"Meeting room\"}");
		assertThat(custom.statusCode()).isEqualTo(201);
		assertThat(met("operational-conditions-complete")).isFalse();

		var badOwner = call("PUT", path("/operational-conditions/data-access"), partner,
				"{\"status\":\"secured\",\"owner\":" + outsider.id() + "}", "If-Match", "\"1\"");
		assertThat(badOwner.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(badOwner.body()).get("errors").get(0).get("field").asString()).isEqualTo("ownerId");

		assertThat(audit.of(ChallengeStatements.AUDIT_TYPE, "2")).isNotEmpty();
	}

	@Test
	void advancingWhileNotReadyIsRefusedWithTheUnmetCriteriaAndRecordedAsOverrideWithTheFlag() throws Exception {
		String advance = "{\"decision\":\"ADVANCE\",\"rationale\":\"The city council asked us to start\"}";
		var refused = call("POST", path("/gate-reviews"), coordinator, advance);
		assertThat(refused.statusCode()).isEqualTo(409);
		JsonNode problem = JSON.readTree(refused.body());
		List<String> unmet = new ArrayList<>();
		problem.get("unmet").forEach(u -> unmet.add(u.get("key").asString()));
		assertThat(unmet).contains("challenge-validated", "hypothesis-recorded");
		assertThat(JSON.readTree(call("GET", path("/readiness"), coordinator, null).body()).get("phase").asString())
			.isEqualTo("preconditions");

		assertThat(call("POST", path("/gate-reviews"), partner, advance.replace("}", ",\"override\":true}")).statusCode())
			.isEqualTo(403);
		var overridden = call("POST", path("/gate-reviews"), coordinator, "{\"decision\":\"advance\",\"rationale\":"
				+ "\"The council mandate cannot wait\",\"override\":true,\"participants\":[" + partner.id()
				+ "],\"otherParticipants\":\"Alderman Ruiz\"}");
		assertThat(overridden.statusCode()).isEqualTo(201);
		JsonNode review = JSON.readTree(overridden.body());
		assertThat(review.get("override").asBoolean()).isTrue();
		assertThat(review.get("ready").asBoolean()).isFalse();
		assertThat(review.get("toPhase").asString()).isEqualTo("establishing");
		assertThat(review.get("participants").get(0).asString()).isEqualTo(partner.displayName());
		assertThat(review.get("snapshot").size()).isEqualTo(5);

		var timeline = JSON.readTree(call("GET", path("/phases"), observer, null).body());
		assertThat(timeline.size()).isEqualTo(2);
		assertThat(timeline.get(0).get("phase").asString()).isEqualTo("preconditions");
		assertThat(timeline.get(1).get("phase").asString()).isEqualTo("establishing");
		assertThat(timeline.get(1).get("override").asBoolean()).isTrue();
		assertThat(timeline.get(1).get("gateReview").asLong()).isEqualTo(review.get("id").asLong());

		// back to Preconditions: a RETURN needs an earlier phase
		var notEarlier = call("POST", path("/gate-reviews"), coordinator,
				"{\"decision\":\"RETURN\",\"targetPhase\":\"maturing\",\"rationale\":\"x\"}");
		assertThat(notEarlier.statusCode()).isEqualTo(400);
		var returned = call("POST", path("/gate-reviews"), coordinator,
				"{\"decision\":\"RETURN\",\"targetPhase\":\"preconditions\",\"rationale\":\"The mandate was withdrawn\"}");
		assertThat(returned.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(returned.body()).get("override").asBoolean()).isFalse();
		assertThat(JSON.readTree(call("GET", "/api/v1/ateliers/" + atelier, coordinator, null).body()).get("phase")
			.asString()).isEqualTo("preconditions");
		var history = JSON.readTree(call("GET", path("/gate-reviews"), observer, null).body());
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).get("decision").asString()).isEqualTo("return");
		assertThat(history.get(1).get("override").asBoolean()).isTrue();
		assertThat(JSON.readTree(call("GET", path("/phases"), observer, null).body()).size()).isEqualTo(3);
		assertThat(audit.of(GateReviews.AUDIT_TYPE, review.get("id").asString())).hasSize(1);
	}

	@Test
	void badInputNamesTheFieldsAndWritesNothing() throws Exception {
		var bad = call("POST", path("/gate-reviews"), coordinator,
				"{\"decision\":\"sideways\",\"targetPhase\":\"someday\",\"decidedOn\":\"soon\",\"rationale\":\" \"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		JSON.readTree(bad.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("decision", "targetPhase", "decidedOn", "rationale");
		assertThat(JSON.readTree(call("GET", path("/gate-reviews"), coordinator, null).body()).size()).isZero();

		var noIssue = call("PUT", path("/challenge-statement"), coordinator, "{\"urgency\":\"now\"}", "If-Match", "\"0\"");
		assertThat(noIssue.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(noIssue.body()).get("errors").get(0).get("field").asString()).isEqualTo("systemicIssue");
		assertThat(call("GET", path("/challenge-statement"), coordinator, null).statusCode()).isEqualTo(404);

		var badEntry = call("POST", path("/context-map"), partner, "{\"domain\":\"weather\",\"description\":\"\"}");
		assertThat(badEntry.statusCode()).isEqualTo(400);
		var entry = call("POST", path("/context-map"), partner,
				"{\"domain\":\"governance\",\"description\":\"Two permits from different authorities\",\"actors\":\"Province\"}");
		assertThat(entry.statusCode()).isEqualTo(201);
		assertThat(call("POST", path("/context-map"), observer, "{\"domain\":\"social\",\"description\":\"x\"}")
			.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(call("GET", path("/context-map"), observer, null).body()).get(0).get("domain").asString())
			.isEqualTo("governance");
	}

	private boolean met(String key) throws Exception {
		return criterion(JSON.readTree(call("GET", path("/readiness"), coordinator, null).body()), key).get("met")
			.asBoolean();
	}

	private static JsonNode criterion(JsonNode readiness, String key) {
		for (JsonNode c : readiness.get("criteria")) {
			if (c.get("key").asString().equals(key)) {
				return c;
			}
		}
		throw new AssertionError("no criterion " + key);
	}

	private String path(String suffix) {
		return "/api/v1/ateliers/" + atelier + suffix;
	}

	private HttpResponse<String> call(String method, String path, AccountView user, String body, String... headers)
			throws Exception {
		return ApiCalls.call(port, method, path, user.username(), TestUsers.PASSWORD, body, ApiCalls.headers(headers));
	}
}
