package org.atelier.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.audit.AuditEntry;
import org.atelier.audit.AuditTrail;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.method.MethodCatalogue;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment API through real HTTP: members answering with their own views, block scores and
 * disagreement, validation, ETags on replaced answers, roles, and the wording of the method
 * version an assessment was opened with.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String VISION_1 = "establishing.vision-mission-strategy.1";
	private static final String VISION_2 = "establishing.vision-mission-strategy.2";
	private static final String VALUE_1 = "establishing.value-proposition.1";


	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	MethodCatalogue catalogue;

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelier;

	@BeforeEach
	void atelierWithMembers() throws Exception {
		coordinator = TestUsers.create(accounts, "as-coord");
		partner = TestUsers.create(accounts, "as-partner");
		observer = TestUsers.create(accounts, "as-observer");
		outsider = TestUsers.create(accounts, "as-outsider");
		var created = call("POST", "/api/v1/ateliers", coordinator, "{\"name\":\"" + TestUsers.uniqueName("Assessed")
				+ "\",\"city\":\"Bilbao\",\"theme\":\"energy\"}", Map.of());
		assertThat(created.statusCode()).isEqualTo(201);
		atelier = JSON.readTree(created.body()).get("id").asLong();
		add(partner, "partner");
		add(observer, "observer");
	}

	@Test
	void twoMembersAnsweringGiveBlockScoresNullForUnscoredBlocksAndDisagreement() throws Exception {
		long aid = open("establishing");
		assertThat(answer(aid, VISION_1, partner, "{\"score\":1,\"confidence\":3}").statusCode()).isEqualTo(201);
		assertThat(answer(aid, VISION_1, observer, "{\"score\":3,\"confidence\":4,\"note\":\"We wrote it down\"}")
			.statusCode()).isEqualTo(201);
		assertThat(answer(aid, VISION_2, partner,
				"{\"notApplicable\":true,\"reason\":\"Not our part\",\"score\":2}").statusCode()).isEqualTo(201);
		assertThat(answer(aid, VISION_2, observer,
				"{\"score\":1,\"confidence\":2,\"evidence\":[\"https://example.org/plan\",\"/ateliers/" + atelier
						+ "/members\"]}").statusCode()).isEqualTo(201);
		assertThat(answer(aid, VALUE_1, partner, "{\"notApplicable\":true,\"reason\":\"Too early\"}").statusCode())
			.isEqualTo(201);

		var read = call("GET", path(aid), observer, null, Map.of());
		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(read.body());
		assertThat(body.get("phase").asString()).isEqualTo("establishing");
		JsonNode scores = body.get("blockScores");
		assertThat(names(scores)).containsExactly("vision-mission-strategy", "value-proposition",
				"strategic-coordination", "open-innovation-activities", "learning-knowledge-diffusion",
				"organisational-capacity");
		// (1 + 3 + 1) / 3 = 1.666… → 1.7; the not-applicable answer does not count as zero
		assertThat(scores.get("vision-mission-strategy").asDouble()).isEqualTo(1.7);
		// only a not-applicable answer: no score, and null rather than 0
		assertThat(scores.get("value-proposition").isNull()).isTrue();
		assertThat(scores.get("organisational-capacity").isNull()).isTrue();

		JsonNode vision1 = question(body, VISION_1);
		assertThat(vision1.get("disagreement").asBoolean()).isTrue();
		assertThat(vision1.get("mean").asDouble()).isEqualTo(2.0);
		assertThat(vision1.get("answers").size()).isEqualTo(2);
		JsonNode vision2 = question(body, VISION_2);
		assertThat(vision2.get("disagreement").asBoolean()).isFalse();
		assertThat(vision2.get("mean").asDouble()).isEqualTo(1.0);
		JsonNode naAnswer = null;
		for (JsonNode a : vision2.get("answers")) {
			if (a.get("respondent").asString().equals(partner.username())) {
				naAnswer = a;
			}
		}
		assertThat(naAnswer).isNotNull();
		assertThat(naAnswer.get("notApplicable").asBoolean()).isTrue();
		assertThat(naAnswer.has("score")).isFalse();
		assertThat(naAnswer.get("reason").asString()).isEqualTo("Not our part");

		JsonNode visionGroup = body.get("groups").get(0);
		assertThat(visionGroup.get("respondentScores").get(partner.username()).asDouble()).isEqualTo(1.0);
		assertThat(visionGroup.get("respondentScores").get(observer.username()).asDouble()).isEqualTo(2.0);
		assertThat(body.get("respondents").size()).isEqualTo(2);
		assertThat(body.get("weakestBlocks").get(0).asString()).isEqualTo("vision-mission-strategy");

		var list = JSON.readTree(call("GET", "/api/v1/ateliers/" + atelier + "/assessments", partner, null, Map.of()).body());
		assertThat(list.size()).isEqualTo(1);
		assertThat(list.get(0).get("respondents").asInt()).isEqualTo(2);

		List<String> audited = new ArrayList<>();
		for (AuditEntry e : audit.history(atelier, 0, 100).entries()) {
			audited.add(e.entityType() + " " + e.action());
		}
		assertThat(audited).contains("assessment CREATED").filteredOn(s -> s.equals("assessment-answer CREATED"))
			.hasSize(5);
	}

	@Test
	void invalidAnswersAreRefusedFieldByFieldAndNothingIsWritten() throws Exception {
		long aid = open("establishing");
		var bad = answer(aid, VISION_1, partner, "{\"score\":5}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(errorFields(bad)).containsExactlyInAnyOrder("score", "confidence");
		var noReason = answer(aid, VISION_1, partner, "{\"notApplicable\":true}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(errorFields(noReason)).containsExactly("reason");
		assertThat(JSON.readTree(noReason.body()).get("errors").get(0).get("message").asString()).contains("Reason");
		var badLink = answer(aid, VISION_1, partner,
				"{\"score\":1,\"confidence\":1,\"evidence\":[\"/ateliers/" + (atelier + 1000) + "/members\"]}");
		assertThat(badLink.statusCode()).isEqualTo(400);
		assertThat(errorFields(badLink)).containsExactly("evidence");
		var badJson = answer(aid, VISION_1, partner, "{\"score\":\"high\"}");
		assertThat(badJson.statusCode()).isEqualTo(400);
		assertThat(call("GET", path(aid) + "/answers/" + VISION_1, partner, null, Map.of()).statusCode()).isEqualTo(404);
		var unknownPhase = call("POST", "/api/v1/ateliers/" + atelier + "/assessments", coordinator,
				"{\"phase\":\"flourishing\"}", Map.of());
		assertThat(unknownPhase.statusCode()).isEqualTo(400);
		assertThat(errorFields(unknownPhase)).containsExactly("phase");
	}

	@Test
	void replacingAnAnswerNeedsItsEtag() throws Exception {
		long aid = open(null);
		var first = answer(aid, "preconditions.framing-the-challenge.1", partner, "{\"score\":1,\"confidence\":2}");
		assertThat(first.statusCode()).isEqualTo(201);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String key = "preconditions.framing-the-challenge.1";
		assertThat(answer(aid, key, partner, "{\"score\":2,\"confidence\":2}").statusCode()).isEqualTo(428);
		assertThat(call("PUT", path(aid) + "/answers/" + key, partner, "{\"score\":2,\"confidence\":2}",
				Map.of("If-Match", "\"999\"")).statusCode()).isEqualTo(412);
		var replaced = call("PUT", path(aid) + "/answers/" + key, partner, "{\"score\":2,\"confidence\":4}",
				Map.of("If-Match", etag));
		assertThat(replaced.statusCode()).isEqualTo(200);
		assertThat(replaced.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
		var mine = call("GET", path(aid) + "/answers/" + key, partner, null, Map.of());
		assertThat(JSON.readTree(mine.body()).get("score").asInt()).isEqualTo(2);
		assertThat(mine.headers().firstValue("ETag")).isEqualTo(replaced.headers().firstValue("ETag"));
		// another member's answer to the same question is their own: no If-Match needed
		assertThat(answer(aid, key, observer, "{\"score\":0,\"confidence\":1}").statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(call("GET", path(aid), coordinator, null, Map.of()).body());
		assertThat(body.get("phase").asString()).isEqualTo("preconditions");
		assertThat(body.get("blockScores").get("framing-the-challenge").asDouble()).isEqualTo(1.0);
		assertThat(question(body, key).get("disagreement").asBoolean()).isTrue();
	}

	@Test
	void coordinatorsSetAndRemoveTargetsWithAMergePatchThatIsRefusedWhole() throws Exception {
		String targets = "/api/v1/ateliers/" + atelier + "/assessment-targets";
		assertThat(JSON.readTree(call("GET", targets, observer, null, Map.of()).body()).size()).isZero();

		var set = call("PATCH", targets, coordinator, "{\"vision-mission-strategy\":2,\"value-proposition\":3}", Map.of());
		assertThat(set.statusCode()).isEqualTo(200);
		JsonNode after = JSON.readTree(call("GET", targets, partner, null, Map.of()).body());
		assertThat(after.get("vision-mission-strategy").asInt()).isEqualTo(2);
		assertThat(after.get("value-proposition").asInt()).isEqualTo(3);

		// one bad entry refuses the whole patch: the valid change beside it is not written
		var bad = call("PATCH", targets, coordinator, "{\"vision-mission-strategy\":1,\"no-such-block\":2}", Map.of());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("no-such-block");
		assertThat(call("PATCH", targets, coordinator, "{\"value-proposition\":4}", Map.of()).statusCode())
			.isEqualTo(400);
		assertThat(JSON.readTree(call("GET", targets, coordinator, null, Map.of()).body()).get("vision-mission-strategy")
			.asInt()).isEqualTo(2);

		var removed = call("PATCH", targets, coordinator, "{\"value-proposition\":null}", Map.of());
		assertThat(JSON.readTree(removed.body()).has("value-proposition")).isFalse();
		assertThat(JSON.readTree(removed.body()).get("vision-mission-strategy").asInt()).isEqualTo(2);

		assertThat(call("PATCH", targets, partner, "{\"value-proposition\":1}", Map.of()).statusCode()).isEqualTo(403);
		assertThat(call("GET", targets, outsider, null, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void rolesDecideWhoOpensClosesAndAnswersAndOutsidersLearnNothing() throws Exception {
		String openPath = "/api/v1/ateliers/" + atelier + "/assessments";
		assertThat(call("POST", openPath, partner, "{}", Map.of()).statusCode()).isEqualTo(403);
		assertThat(call("POST", openPath, outsider, "{}", Map.of()).statusCode()).isEqualTo(404);
		long aid = open("maturing");
		assertThat(call("GET", path(aid), outsider, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(call("GET", openPath, outsider, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(answer(aid, "maturing.value-proposition.1", outsider, "{\"score\":1,\"confidence\":1}").statusCode())
			.isEqualTo(404);
		// observers answer too: residents' and citizens' views count
		assertThat(answer(aid, "maturing.value-proposition.1", observer, "{\"score\":1,\"confidence\":1}").statusCode())
			.isEqualTo(201);
		// a question of another phase, or no question at all
		assertThat(answer(aid, VISION_1, observer, "{\"score\":1,\"confidence\":1}").statusCode()).isEqualTo(404);
		assertThat(answer(aid, "no.such.question", observer, "{\"score\":1,\"confidence\":1}").statusCode()).isEqualTo(404);
		// the assessment addressed through another atelier
		var other = call("POST", "/api/v1/ateliers", coordinator, "{\"name\":\"" + TestUsers.uniqueName("Other")
				+ "\",\"city\":\"Bilbao\",\"theme\":\"energy\"}", Map.of());
		long otherId = JSON.readTree(other.body()).get("id").asLong();
		assertThat(call("GET", "/api/v1/ateliers/" + otherId + "/assessments/" + aid, coordinator, null, Map.of())
			.statusCode()).isEqualTo(404);

		assertThat(call("POST", path(aid) + "/close", partner, null, Map.of()).statusCode()).isEqualTo(403);
		var closed = call("POST", path(aid) + "/close", coordinator, null, Map.of());
		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(closed.body()).get("closed").asBoolean()).isTrue();
		assertThat(answer(aid, "maturing.value-proposition.2", partner, "{\"score\":1,\"confidence\":1}").statusCode())
			.isEqualTo(409);
		assertThat(call("POST", path(aid) + "/close", coordinator, null, Map.of()).statusCode()).isEqualTo(409);
	}

	@Test
	void anAssessmentKeepsTheMethodVersionAndWordingItWasOpenedWith() throws Exception {
		long aid = open("continuation");
		JsonNode body = JSON.readTree(call("GET", path(aid), partner, null, Map.of("Accept-Language", "nl")).body());
		String version = body.get("methodVersion").asString();
		assertThat(version).isEqualTo(catalogue.currentVersion().id());
		var dutch = catalogue.version(version).in(Locale.forLanguageTag("nl"));
		assertThat(body.get("questions").size()).isEqualTo(dutch.questions(org.atelier.method.Phase.CONTINUATION).size());
		for (JsonNode q : body.get("questions")) {
			assertThat(q.get("text").asString()).isEqualTo(dutch.question(q.get("key").asString()).orElseThrow().text());
		}
		assertThat(names(body.get("blockScores"))).containsExactlyElementsOf(
				dutch.continuationDimensions().stream().map(d -> d.key()).toList());
	}

	private long open(String phase) throws Exception {
		var opened = call("POST", "/api/v1/ateliers/" + atelier + "/assessments", coordinator,
				phase == null ? "{}" : "{\"phase\":\"" + phase + "\"}", Map.of());
		assertThat(opened.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(opened.body());
		assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).endsWith("/assessments/" + body.get("id").asLong()));
		return body.get("id").asLong();
	}

	private void add(AccountView person, String role) throws Exception {
		var added = call("POST", "/api/v1/ateliers/" + atelier + "/members", coordinator,
				"{\"username\":\"" + person.username() + "\",\"role\":\"" + role + "\"}", Map.of());
		assertThat(added.statusCode()).isEqualTo(201);
	}

	private HttpResponse<String> answer(long aid, String key, AccountView who, String json) throws Exception {
		return call("PUT", path(aid) + "/answers/" + key, who, json, Map.of());
	}

	private String path(long aid) {
		return "/api/v1/ateliers/" + atelier + "/assessments/" + aid;
	}

	private static JsonNode question(JsonNode body, String key) {
		for (JsonNode q : body.get("questions")) {
			if (q.get("key").asString().equals(key)) {
				return q;
			}
		}
		throw new AssertionError("no question " + key);
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	private static List<String> errorFields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = JSON.readTree(response.body()).get("errors");
		if (errors != null) {
			errors.forEach(e -> fields.add(e.get("field").asString()));
		}
		return fields;
	}

	private HttpResponse<String> call(String method, String path, AccountView who, String json,
			Map<String, String> headers) throws Exception {
		return ApiCalls.call(port, method, path, who.username(), TestUsers.PASSWORD, json, headers);
	}
}
