package org.atelier.strategy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditEntry;
import org.atelier.audit.AuditTrail;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
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

/** The vision, mission and strategy API through real HTTP: versions, endorsements, roles, ETags, validation. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrategyApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	AccountView coordinator;
	AccountView partner;
	AccountView partner2;
	AccountView observer;
	AccountView outsider;
	long atelier;

	@BeforeEach
	void atelierWithMembers() throws Exception {
		coordinator = TestUsers.create(accounts, "st-coord");
		partner = TestUsers.create(accounts, "st-partner");
		partner2 = TestUsers.create(accounts, "st-partner2");
		observer = TestUsers.create(accounts, "st-observer");
		outsider = TestUsers.create(accounts, "st-outsider");
		var created = call("POST", "/api/v1/ateliers", coordinator, null,
				"{\"name\":\"" + TestUsers.uniqueName("Strategy api") + "\",\"city\":\"Bilbao\",\"theme\":\"energy\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		atelier = JSON.readTree(created.body()).get("id").asLong();
		addMember(partner, "partner");
		addMember(partner2, "partner");
		addMember(observer, "observer");
	}

	@Test
	void anEmptyAtelierAnswersRevisionZeroAndTheFirstVersionNeedsIfMatchZero() throws Exception {
		var empty = call("GET", path(""), observer, null, null);
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(JSON.readTree(empty.body()).get("revision").asInt()).isZero();

		var saved = call("PUT", path(""), coordinator, "\"0\"", statement("Energy-positive district", "We connect partners",
				"[{\"objective\":\"Two pilots\",\"measure\":\"pilots running\",\"owner\":\"" + partner.username()
						+ "\",\"dueDate\":\"2027-06-30\"}]"));
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.headers().firstValue("ETag")).hasValue("\"1\"");
		JsonNode body = JSON.readTree(saved.body());
		assertThat(body.get("revision").asInt()).isEqualTo(1);
		assertThat(body.get("vision").asString()).isEqualTo("Energy-positive district");
		assertThat(body.get("author").asString()).isEqualTo(coordinator.username());
		JsonNode objective = body.get("objectives").get(0);
		assertThat(objective.get("objective").asString()).isEqualTo("Two pilots");
		assertThat(objective.get("owner").asString()).isEqualTo(partner.username());
		assertThat(objective.get("dueDate").asString()).isEqualTo("2027-06-30");
		assertThat(names(body.get("notEndorsedBy"))).containsExactlyInAnyOrder(coordinator.username(),
				partner.username(), partner2.username());

		List<AuditEntry> history = audit.history(atelier, 0, 50).entries().stream()
			.filter(e -> e.entityType().equals("strategy")).toList();
		assertThat(history).hasSize(1);
		assertThat(history.getFirst().action()).isEqualTo(AuditAction.CREATED);
		assertThat(history.getFirst().changes()).anySatisfy(c -> {
			assertThat(c.field()).isEqualTo("vision");
			assertThat(c.newValue()).isEqualTo("Energy-positive district");
		});
	}

	@Test
	void aNewVersionKeepsTheOldOneAndStartsWithoutEndorsements() throws Exception {
		assertThat(call("PUT", path(""), coordinator, "\"0\"", statement("Vision one", "Mission one", "[]")).statusCode())
			.isEqualTo(200);
		var endorsed = call("POST", path("/endorsements"), partner, null, "{\"organisation\":\"Grid operator\"}");
		assertThat(endorsed.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(endorsed.body()).get("organisation").asString()).isEqualTo("Grid operator");
		assertThat(call("POST", path("/endorsements"), partner, null, "{\"organisation\":\"Grid operator\"}").statusCode())
			.isEqualTo(409);

		JsonNode current = JSON.readTree(call("GET", path(""), observer, null, null).body());
		assertThat(current.get("endorsements").size()).isEqualTo(1);
		assertThat(current.get("endorsements").get(0).get("username").asString()).isEqualTo(partner.username());
		assertThat(names(current.get("notEndorsedBy"))).containsExactlyInAnyOrder(coordinator.username(),
				partner2.username());

		var second = call("PUT", path(""), coordinator, "\"1\"", statement("Vision two", "Mission one", "[]"));
		assertThat(second.statusCode()).isEqualTo(200);
		JsonNode now = JSON.readTree(second.body());
		assertThat(now.get("revision").asInt()).isEqualTo(2);
		assertThat(now.get("endorsements").size()).isZero();
		assertThat(names(now.get("notEndorsedBy"))).contains(partner.username());

		JsonNode versions = JSON.readTree(call("GET", path("/versions"), partner2, null, null).body());
		assertThat(versions.size()).isEqualTo(2);
		assertThat(versions.get(0).get("revision").asInt()).isEqualTo(2);
		assertThat(versions.get(1).get("vision").asString()).isEqualTo("Vision one");
		assertThat(versions.get(1).get("endorsements").get(0).get("organisation").asString()).isEqualTo("Grid operator");
	}

	@Test
	void anUnchangedSaveWritesNoVersionAndKeepsTheEndorsements() throws Exception {
		call("PUT", path(""), coordinator, "\"0\"", statement("Same", "Same mission", "[]"));
		call("POST", path("/endorsements"), partner, null, "{\"organisation\":\"Housing corporation\"}");
		var again = call("PUT", path(""), coordinator, "\"1\"", statement("Same", "Same mission", "[]"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(JSON.readTree(again.body()).get("endorsements").size()).isEqualTo(1);
	}

	@Test
	void withdrawingAnEndorsementIsAuditedAndIdempotent() throws Exception {
		call("PUT", path(""), coordinator, "\"0\"", statement("V", "M", "[]"));
		call("POST", path("/endorsements"), partner2, null, "{\"organisation\":\"University\"}");
		assertThat(call("DELETE", path("/endorsements/mine"), partner2, null, null).statusCode()).isEqualTo(204);
		assertThat(call("DELETE", path("/endorsements/mine"), partner2, null, null).statusCode()).isEqualTo(204);
		JsonNode current = JSON.readTree(call("GET", path(""), partner2, null, null).body());
		assertThat(current.get("endorsements").size()).isZero();
		List<AuditEntry> entries = audit.history(atelier, 0, 50).entries().stream()
			.filter(e -> e.entityType().equals("endorsement")).toList();
		assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.DELETED, AuditAction.CREATED);
		assertThat(entries.getFirst().changes()).anySatisfy(c -> {
			assertThat(c.field()).isEqualTo("organisation");
			assertThat(c.oldValue()).isEqualTo("University");
		});
	}

	@Test
	void rolesDecideWhoReadsWritesAndEndorses() throws Exception {
		assertThat(call("GET", path(""), outsider, null, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", path("/versions"), outsider, null, null).statusCode()).isEqualTo(404);
		assertThat(call("PUT", path(""), outsider, "\"0\"", statement("V", "M", "[]")).statusCode()).isEqualTo(404);
		assertThat(call("PUT", path(""), partner, "\"0\"", statement("V", "M", "[]")).statusCode()).isEqualTo(403);
		assertThat(call("PUT", path(""), observer, "\"0\"", statement("V", "M", "[]")).statusCode()).isEqualTo(403);
		assertThat(call("POST", path("/endorsements"), partner, null, "{\"organisation\":\"X\"}").statusCode())
			.isEqualTo(409);
		call("PUT", path(""), coordinator, "\"0\"", statement("V", "M", "[]"));
		assertThat(call("POST", path("/endorsements"), observer, null, "{\"organisation\":\"X\"}").statusCode())
			.isEqualTo(403);
		assertThat(call("POST", path("/endorsements"), outsider, null, "{\"organisation\":\"X\"}").statusCode())
			.isEqualTo(404);
		assertThat(call("POST", path("/endorsements"), coordinator, null, "{\"organisation\":\"City\"}").statusCode())
			.isEqualTo(201);
		assertThat(call("GET", "/api/v1/ateliers/999999999/strategy", coordinator, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void writesNeedTheCurrentEtag() throws Exception {
		var missing = call("PUT", path(""), coordinator, null, statement("V", "M", "[]"));
		assertThat(missing.statusCode()).isEqualTo(428);
		assertThat(call("PUT", path(""), coordinator, "\"0\"", statement("V", "M", "[]")).statusCode()).isEqualTo(200);
		var stale = call("PUT", path(""), coordinator, "\"0\"", statement("Other", "M", "[]"));
		assertThat(stale.statusCode()).isEqualTo(412);
		JsonNode versions = JSON.readTree(call("GET", path("/versions"), coordinator, null, null).body());
		assertThat(versions.size()).isEqualTo(1);
		assertThat(versions.get(0).get("vision").asString()).isEqualTo("V");
	}

	@Test
	void invalidFieldsAreNamedAndNothingIsWritten() throws Exception {
		var bad = call("PUT", path(""), coordinator, "\"0\"", "{\"vision\":\"" + "x".repeat(2001)
				+ "\",\"objectives\":[{\"objective\":\"ok\",\"owner\":\"" + outsider.username()
				+ "\"},{\"objective\":\"\",\"measure\":\"something\",\"dueDate\":\"next year\"}]}");
		assertThat(bad.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		JSON.readTree(bad.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("vision", "objectives[0].owner", "objectives[1].objective",
				"objectives[1].dueDate");
		assertThat(JSON.readTree(bad.body()).get("errors").get(0).get("message").asString()).isNotBlank();

		var empty = call("PUT", path(""), coordinator, "\"0\"", "{\"vision\":\"  \",\"objectives\":[]}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(empty.body()).get("errors").get(0).get("field").asString()).isEqualTo("vision");

		call("PUT", path(""), coordinator, "\"0\"", statement("V", "M", "[]"));
		var noOrg = call("POST", path("/endorsements"), partner, null, "{\"organisation\":\" \"}");
		assertThat(noOrg.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(noOrg.body()).get("errors").get(0).get("field").asString()).isEqualTo("organisation");

		assertThat(JSON.readTree(call("GET", path("/versions"), coordinator, null, null).body()).size()).isEqualTo(1);
	}

	private void addMember(AccountView who, String role) throws Exception {
		var added = call("POST", "/api/v1/ateliers/" + atelier + "/members", coordinator, null,
				"{\"username\":\"" + who.username() + "\",\"role\":\"" + role + "\"}");
		assertThat(added.statusCode()).isEqualTo(201);
	}

	private String path(String suffix) {
		return "/api/v1/ateliers/" + atelier + "/strategy" + suffix;
	}

	private static String statement(String vision, String mission, String objectives) {
		return "{\"vision\":\"" + vision + "\",\"mission\":\"" + mission + "\",\"strategy\":null,\"objectives\":"
				+ objectives + "}";
	}

	private static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach(n -> names.add(n.asString()));
		return names;
	}

	private HttpResponse<String> call(String method, String path, AccountView who, String ifMatch, String json)
			throws Exception {
		return ApiCalls.call(port, method, path, who.username(), TestUsers.PASSWORD, json,
				ifMatch == null ? java.util.Map.of() : java.util.Map.of("If-Match", ifMatch));
	}
}
