package org.atelier.atelier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditEntry;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.FieldChange;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
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

/** The atelier REST API through real HTTP: roles, ETags, validation and the audit it leaves. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AtelierApiTest {

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

	@BeforeEach
	void users() {
		coordinator = TestUsers.create(accounts, "api-coord");
		partner = TestUsers.create(accounts, "api-partner");
		observer = TestUsers.create(accounts, "api-observer");
		outsider = TestUsers.create(accounts, "api-outsider");
	}

	@Test
	void foundingAnAtelierAnswersCreatedWithLocationEtagAndTheFounderAsCoordinator() throws Exception {
		var created = call("POST", "/api/v1/ateliers", coordinator, atelierJson(unique("Harbour energy"), "Amsterdam", "energy"));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		long id = body.get("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/ateliers/" + id));
		assertThat(created.headers().firstValue("ETag")).isPresent();
		assertThat(body.get("name").asString()).startsWith("Harbour energy");
		assertThat(body.get("theme").asString()).isEqualTo("energy");
		assertThat(body.get("phase").asString()).isEqualTo("preconditions");
		assertThat(body.get("myRole").asString()).isEqualTo("coordinator");
		assertThat(body.get("startDate").asString()).isEqualTo("2026-03-01");

		var read = call("GET", "/api/v1/ateliers/" + id, coordinator, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("ETag")).isEqualTo(created.headers().firstValue("ETag"));

		var members = JSON.readTree(call("GET", "/api/v1/ateliers/" + id + "/members", coordinator, null).body());
		assertThat(members.size()).isEqualTo(1);
		assertThat(members.get(0).get("username").asString()).isEqualTo(coordinator.username());
		assertThat(members.get(0).get("role").asString()).isEqualTo("coordinator");

		var list = JSON.readTree(call("GET", "/api/v1/ateliers", coordinator, null).body());
		assertThat(ids(list)).contains(id);
		assertThat(ids(JSON.readTree(call("GET", "/api/v1/ateliers", outsider, null).body()))).doesNotContain(id);
	}

	@Test
	void revisingNeedsIfMatchRefusesStaleVersionsAndAuditsOldAndNewValues() throws Exception {
		String name = unique("Mobility hub");
		long id = create(coordinator, name, "Bilbao");
		var read = call("GET", "/api/v1/ateliers/" + id, coordinator, null);
		String etag = read.headers().firstValue("ETag").orElseThrow();

		String revised = atelierJson(name + " Zorrotzaurre", "Bilbao", "mobility");
		assertThat(call("PUT", "/api/v1/ateliers/" + id, coordinator, revised).statusCode()).isEqualTo(428);

		var ok = call("PUT", "/api/v1/ateliers/" + id, coordinator, revised, "If-Match", etag);
		assertThat(ok.statusCode()).isEqualTo(200);
		String newEtag = ok.headers().firstValue("ETag").orElseThrow();
		assertThat(newEtag).isNotEqualTo(etag);
		assertThat(JSON.readTree(ok.body()).get("name").asString()).isEqualTo(name + " Zorrotzaurre");

		var stale = call("PUT", "/api/v1/ateliers/" + id, coordinator,
				atelierJson(unique("Another name"), "Bilbao", "mobility"), "If-Match", etag);
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(JSON.readTree(call("GET", "/api/v1/ateliers/" + id, coordinator, null).body()).get("name").asString())
			.isEqualTo(name + " Zorrotzaurre");

		List<AuditEntry> entries = audit.of("atelier", String.valueOf(id));
		assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.UPDATED);
		AuditEntry update = entries.get(1);
		assertThat(update.actorUsername()).isEqualTo(coordinator.username());
		assertThat(update.actorId()).isEqualTo(coordinator.id());
		assertThat(update.atelierId()).isEqualTo(id);
		assertThat(update.changes()).containsExactlyInAnyOrder(
				new FieldChange("name", name, name + " Zorrotzaurre"),
				new FieldChange("theme", "ENERGY", "MOBILITY"));
	}

	@Test
	void rolesDecideWhoReadsAndWhoWrites() throws Exception {
		long id = create(coordinator, unique("Circular yard"), "Amsterdam");
		String members = "/api/v1/ateliers/" + id + "/members";
		assertThat(call("POST", members, coordinator, memberJson(partner.username(), "partner")).statusCode()).isEqualTo(201);
		var added = call("POST", members, coordinator, memberJson(observer.username(), "OBSERVER"));
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(members + "/" + observer.username()));

		String etag = call("GET", "/api/v1/ateliers/" + id, coordinator, null).headers().firstValue("ETag").orElseThrow();
		String revised = atelierJson(unique("Circular yard 2"), "Amsterdam", "circular");

		// observers and partners read, but do not change the atelier or its members
		assertThat(call("GET", "/api/v1/ateliers/" + id, observer, null).statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(call("GET", "/api/v1/ateliers/" + id, observer, null).body()).get("myRole").asString())
			.isEqualTo("observer");
		assertThat(call("PUT", "/api/v1/ateliers/" + id, observer, revised, "If-Match", etag).statusCode()).isEqualTo(403);
		assertThat(call("PUT", "/api/v1/ateliers/" + id, partner, revised, "If-Match", etag).statusCode()).isEqualTo(403);
		assertThat(call("DELETE", "/api/v1/ateliers/" + id, observer, null, "If-Match", etag).statusCode()).isEqualTo(403);
		assertThat(call("POST", members, partner, memberJson(outsider.username(), "observer")).statusCode()).isEqualTo(403);
		assertThat(call("DELETE", members + "/" + observer.username(), observer, null).statusCode()).isEqualTo(403);

		// someone outside learns nothing, exactly as for an atelier that does not exist
		assertThat(call("GET", "/api/v1/ateliers/" + id, outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", members, outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("PUT", "/api/v1/ateliers/" + id, outsider, revised, "If-Match", etag).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/v1/ateliers/999999999", coordinator, null).statusCode()).isEqualTo(404);

		// the installation administrator acts as coordinator everywhere
		var admin = call("GET", "/api/v1/ateliers/" + id, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, null);
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(admin.body()).get("myRole").asString()).isEqualTo("coordinator");

		var memberList = JSON.readTree(call("GET", members, observer, null).body());
		List<String> roles = new ArrayList<>();
		memberList.forEach(m -> roles.add(m.get("username").asString() + "=" + m.get("role").asString()));
		assertThat(roles).containsExactlyInAnyOrder(coordinator.username() + "=coordinator",
				partner.username() + "=partner", observer.username() + "=observer");

		var listed = call("GET", members, coordinator, null);
		String membersTag = listed.headers().firstValue("ETag").orElseThrow();
		assertThat(call("DELETE", members + "/" + observer.username(), coordinator, null).statusCode())
			.as("no If-Match").isEqualTo(428);
		assertThat(call("DELETE", members + "/" + observer.username(), coordinator, null, "If-Match", "\"999\"")
			.statusCode()).as("stale If-Match").isEqualTo(412);
		assertThat(call("DELETE", members + "/" + observer.username(), coordinator, null, "If-Match", membersTag)
			.statusCode()).isEqualTo(204);
		assertThat(call("GET", "/api/v1/ateliers/" + id, observer, null).statusCode()).isEqualTo(404);
		List<AuditEntry> removal = audit.of("membership", observer.username());
		assertThat(removal).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.DELETED);
		assertThat(removal.get(1).changes()).contains(new FieldChange("role", "OBSERVER", null));
	}

	@Test
	void memberProblemsNameTheFieldOrExplainTheConflict() throws Exception {
		long id = create(coordinator, unique("Grid lab"), "Amsterdam");
		String members = "/api/v1/ateliers/" + id + "/members";

		var unknown = call("POST", members, coordinator, memberJson("nobody-" + System.nanoTime(), "partner"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("username");

		var badRole = call("POST", members, coordinator, memberJson(partner.username(), "owner"));
		assertThat(badRole.statusCode()).isEqualTo(400);
		assertThat(fields(badRole)).containsExactly("role");

		assertThat(call("POST", members, coordinator, memberJson(partner.username(), "partner")).statusCode()).isEqualTo(201);
		var twice = call("POST", members, coordinator, memberJson(partner.username(), "observer"));
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(twice.body()).get("detail").asString()).contains("already a member");

		String tag = call("GET", members, coordinator, null).headers().firstValue("ETag").orElseThrow();
		var last = call("DELETE", members + "/" + coordinator.username(), coordinator, null, "If-Match", tag);
		assertThat(last.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(last.body()).get("detail").asString()).contains("at least one coordinator");
		assertThat(call("DELETE", members + "/" + outsider.username(), coordinator, null, "If-Match", tag).statusCode())
			.isEqualTo(404);

		var demote = call("PUT", members + "/" + coordinator.username(), coordinator, "{\"role\":\"partner\"}",
				"If-Match", tag);
		assertThat(demote.statusCode()).isEqualTo(409);
		var badNewRole = call("PUT", members + "/" + partner.username(), coordinator, "{\"role\":\"boss\"}",
				"If-Match", tag);
		assertThat(badNewRole.statusCode()).isEqualTo(400);
		assertThat(fields(badNewRole)).containsExactly("role");
		var promote = call("PUT", members + "/" + partner.username(), coordinator, "{\"role\":\"coordinator\"}",
				"If-Match", tag);
		assertThat(promote.statusCode()).isEqualTo(204);
		var roles = JSON.readTree(call("GET", members, coordinator, null).body());
		List<String> now = new ArrayList<>();
		roles.forEach(m -> now.add(m.get("username").asString() + "=" + m.get("role").asString()));
		assertThat(now).contains(partner.username() + "=coordinator");
		var stale = call("PUT", members + "/" + partner.username(), coordinator, "{\"role\":\"observer\"}",
				"If-Match", tag);
		assertThat(stale.statusCode()).as("the ETag predates the promotion").isEqualTo(412);
	}

	@Test
	void invalidAteliersAreRefusedNamingEveryField() throws Exception {
		var empty = call("POST", "/api/v1/ateliers", coordinator, "{}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(fields(empty)).containsExactlyInAnyOrder("name", "city", "theme");

		String tooLong = "x".repeat(121);
		var wrong = call("POST", "/api/v1/ateliers", coordinator, """
				{"name":"%s","city":"Bilbao","theme":"space","startDate":"next spring","challenge":"%s"}"""
			.formatted(tooLong, "y".repeat(201)));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(fields(wrong)).containsExactlyInAnyOrder("name", "theme", "startDate", "challenge");
		assertThat(wrong.body()).contains("120");

		String name = "Unique " + System.nanoTime();
		assertThat(call("POST", "/api/v1/ateliers", coordinator, atelierJson(name, "Utrecht", "other")).statusCode())
			.isEqualTo(201);
		var duplicate = call("POST", "/api/v1/ateliers", partner, atelierJson(name.toUpperCase(), "utrecht", "energy"));
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(call("POST", "/api/v1/ateliers", partner, atelierJson(name, "Bilbao", "energy")).statusCode())
			.isEqualTo(201);
	}

	@Test
	void archivingNeedsIfMatchAndLeavesTheAtelierReadOnly() throws Exception {
		long id = create(coordinator, unique("Old pilot"), "Amsterdam");
		String etag = call("GET", "/api/v1/ateliers/" + id, coordinator, null).headers().firstValue("ETag").orElseThrow();
		assertThat(call("DELETE", "/api/v1/ateliers/" + id, coordinator, null).statusCode()).isEqualTo(428);
		assertThat(call("DELETE", "/api/v1/ateliers/" + id, coordinator, null, "If-Match", "\"999\"").statusCode())
			.isEqualTo(412);
		assertThat(call("DELETE", "/api/v1/ateliers/" + id, coordinator, null, "If-Match", etag).statusCode())
			.isEqualTo(204);

		var archived = call("GET", "/api/v1/ateliers/" + id, coordinator, null);
		assertThat(JSON.readTree(archived.body()).get("archived").asBoolean()).isTrue();
		String newEtag = archived.headers().firstValue("ETag").orElseThrow();
		assertThat(call("PUT", "/api/v1/ateliers/" + id, coordinator, atelierJson(unique("Revived"), "Amsterdam", "energy"),
				"If-Match", newEtag).statusCode()).isEqualTo(409);
		assertThat(call("POST", "/api/v1/ateliers/" + id + "/members", coordinator,
				memberJson(partner.username(), "partner")).statusCode()).isEqualTo(409);

		assertThat(ids(JSON.readTree(call("GET", "/api/v1/ateliers", coordinator, null).body()))).doesNotContain(id);
		assertThat(ids(JSON.readTree(call("GET", "/api/v1/ateliers?archived=true", coordinator, null).body()))).contains(id);
		assertThat(audit.of("atelier", String.valueOf(id))).extracting(AuditEntry::action)
			.containsExactly(AuditAction.CREATED, AuditAction.ARCHIVED);

		assertThat(call("POST", "/api/v1/ateliers/" + id + "/restore", partner, null).statusCode())
			.as("a non-member learns nothing").isEqualTo(404);
		var restored = call("POST", "/api/v1/ateliers/" + id + "/restore", coordinator, null);
		assertThat(restored.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(restored.body()).get("archived").asBoolean()).isFalse();
		assertThat(ids(JSON.readTree(call("GET", "/api/v1/ateliers", coordinator, null).body()))).contains(id);
		assertThat(audit.of("atelier", String.valueOf(id))).extracting(AuditEntry::action)
			.containsExactly(AuditAction.CREATED, AuditAction.ARCHIVED, AuditAction.RESTORED);
	}

	/** Founds an atelier with exactly this name (callers make it unique) and returns its id. */
	private long create(AccountView user, String name, String city) throws Exception {
		var response = call("POST", "/api/v1/ateliers", user, atelierJson(name, city, "energy"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).get("id").asLong();
	}

	private static String unique(String name) {
		return name + " " + System.nanoTime();
	}

	private static String atelierJson(String name, String city, String theme) {
		return """
				{"name":"%s","city":"%s","district":"North","theme":"%s","challenge":"Congested grid",
				 "description":"A positive-energy block behind a full grid connection.","startDate":"2026-03-01"}"""
			.formatted(name, city, theme);
	}

	private static String memberJson(String username, String role) {
		return "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}";
	}

	private static List<Long> ids(JsonNode list) {
		List<Long> ids = new ArrayList<>();
		list.forEach(n -> ids.add(n.get("id").asLong()));
		return ids;
	}

	private static List<String> fields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		JSON.readTree(response.body()).get("errors").forEach(e -> {
			fields.add(e.get("field").asString());
			assertThat(e.get("message").asString()).isNotBlank().doesNotStartWith("atelier.");
		});
		return fields;
	}

	private HttpResponse<String> call(String method, String path, AccountView user, String body, String... headers)
			throws Exception {
		return call(method, path, user.username(), TestUsers.PASSWORD, body, headers);
	}

	private HttpResponse<String> call(String method, String path, String username, String password, String body,
			String... headers) throws Exception {
		return ApiCalls.call(port, method, path, username, password, body, ApiCalls.headers(headers));
	}
}
