package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditEntry;
import org.atelier.audit.AuditTrail;
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

/** The stakeholder register API through real HTTP: roles, ETags, validation, commitment history and audit. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StakeholderApiTest {

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

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelierId;

	@BeforeEach
	void atelier() {
		coordinator = TestUsers.create(accounts, "sh-coord");
		partner = TestUsers.create(accounts, "sh-partner");
		observer = TestUsers.create(accounts, "sh-observer");
		outsider = TestUsers.create(accounts, "sh-outsider");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Register"), "Utrecht", null, Theme.ENERGY,
					null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
	}

	@Test
	void aPartnerRegistersAnOrganisationAndEveryMemberReadsItWithItsDerivedClasses() throws Exception {
		var created = call("POST", base(), partner, organisation("Gemeente Utrecht", "municipality", true, 5, 4));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		long sid = body.get("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(base() + "/" + sid));
		assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(body.get("type").asString()).isEqualTo("municipality");
		assertThat(body.get("sector").asString()).isEqualTo("government");
		assertThat(body.get("salience").asString()).isEqualTo("dominant");
		assertThat(body.get("quadrant").asString()).isEqualTo("manage-closely");
		assertThat(body.get("nextStep").asString()).isEqualTo("involve");
		assertThat(body.get("commitment").asString()).isEqualTo("identified");
		assertThat(body.get("authorityOver").asString()).isEqualTo("the heat permit");

		var read = call("GET", base() + "/" + sid, observer, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
		var list = JSON.readTree(call("GET", base(), observer, null).body());
		assertThat(list.size()).isEqualTo(1);
		assertThat(list.get(0).get("name").asString()).isEqualTo("Gemeente Utrecht");

		List<AuditEntry> entries = audit.of(StakeholderRegister.AUDIT_TYPE, String.valueOf(sid));
		assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED);
		assertThat(entries.getFirst().atelierId()).isEqualTo(atelierId);
	}

	@Test
	void outsidersGet404ObserversGet403() throws Exception {
		long sid = createAs(partner, "Woonstede", "housing-corporation", false, 2, 4);
		assertThat(call("GET", base(), outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", base() + "/" + sid, outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/v1/ateliers/" + atelierId + "/stakeholders/999999999", coordinator, null).statusCode())
			.isEqualTo(404);
		assertThat(call("POST", base(), observer, organisation("X", "company", false, 1, 1)).statusCode()).isEqualTo(403);
		assertThat(call("PUT", base() + "/" + sid, observer, organisation("X", "company", false, 1, 1), "If-Match", "\"0\"")
			.statusCode()).isEqualTo(403);
		assertThat(call("DELETE", base() + "/" + sid, observer, null, "If-Match", "\"0\"").statusCode()).isEqualTo(403);
		assertThat(call("POST", base() + "/" + sid + "/commitment", observer, "{\"status\":\"approached\"}").statusCode())
			.isEqualTo(403);
		// the organisation is not visible through another atelier's address
		long other = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Other"),
				"Utrecht", null, Theme.MOBILITY, null, null, null)).id());
		assertThat(call("GET", "/api/v1/ateliers/" + other + "/stakeholders/" + sid, coordinator, null).statusCode())
			.isEqualTo(404);
	}

	@Test
	void revisingNeedsTheCurrentEtag() throws Exception {
		long sid = createAs(coordinator, "Stedin", "utility", true, 4, 2);
		String revised = organisation("Stedin Netbeheer", "utility", true, 4, 5);
		assertThat(call("PUT", base() + "/" + sid, partner, revised).statusCode()).isEqualTo(428);
		var ok = call("PUT", base() + "/" + sid, partner, revised, "If-Match", "\"1\"");
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.headers().firstValue("ETag")).hasValue("\"2\"");
		assertThat(JSON.readTree(ok.body()).get("quadrant").asString()).isEqualTo("manage-closely");
		var stale = call("PUT", base() + "/" + sid, coordinator, organisation("Late", "utility", true, 1, 1), "If-Match", "\"1\"");
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(JSON.readTree(call("GET", base() + "/" + sid, observer, null).body()).get("name").asString())
			.isEqualTo("Stedin Netbeheer");

		assertThat(call("DELETE", base() + "/" + sid, partner, null).statusCode()).isEqualTo(428);
		assertThat(call("DELETE", base() + "/" + sid, partner, null, "If-Match", "\"1\"").statusCode()).isEqualTo(412);
		assertThat(call("DELETE", base() + "/" + sid, partner, null, "If-Match", "\"2\"").statusCode()).isEqualTo(204);
		assertThat(call("GET", base() + "/" + sid, partner, null).statusCode()).isEqualTo(404);
		assertThat(audit.of(StakeholderRegister.AUDIT_TYPE, String.valueOf(sid))).extracting(AuditEntry::action)
			.containsExactly(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.DELETED);
	}

	@Test
	void invalidInputNamesEveryFieldAndWritesNothing() throws Exception {
		var bad = call("POST", base(), partner, """
				{"name":" ","type":"bank","sector":"","influence":7,"interest":"high","decisionAuthority":true,
				 "engagementNow":"neutral","engagementDesired":"eager"}""");
		assertThat(bad.statusCode()).isEqualTo(400);
		JsonNode errors = JSON.readTree(bad.body()).get("errors");
		List<String> fields = new ArrayList<>();
		errors.forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("name", "type", "sector", "authorityOver", "influence", "interest",
				"engagementDesired");
		assertThat(bad.body()).contains("The influence must be a whole number from 1 to 5.");
		assertThat(JSON.readTree(call("GET", base(), partner, null).body()).size()).isZero();
	}

	@Test
	void commitmentMovesAlongItsPathWithADatedAttributedHistory() throws Exception {
		long sid = createAs(coordinator, "Buurtcoöperatie Noord", "community-group", false, 2, 5);
		var approached = call("POST", base() + "/" + sid + "/commitment", partner,
				"{\"status\":\"approached\",\"note\":\"Met at the neighbourhood evening\"}");
		assertThat(approached.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(approached.body()).get("changedBy").asString()).isEqualTo(partner.displayName());
		assertThat(call("POST", base() + "/" + sid + "/commitment", partner, "{\"status\":\"committed\"}").statusCode())
			.isEqualTo(201);
		// committed cannot go back to identified
		var refused = call("POST", base() + "/" + sid + "/commitment", partner, "{\"status\":\"identified\"}");
		assertThat(refused.statusCode()).isEqualTo(409);
		var unknown = call("POST", base() + "/" + sid + "/commitment", partner, "{\"status\":\"married\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(unknown.body()).get("errors").get(0).get("field").asString()).isEqualTo("status");
		// a stale If-Match is refused, the current one accepted
		assertThat(call("POST", base() + "/" + sid + "/commitment", partner, "{\"status\":\"active\"}", "If-Match", "\"1\"")
			.statusCode()).isEqualTo(412);
		assertThat(call("POST", base() + "/" + sid + "/commitment", coordinator, "{\"status\":\"active\"}", "If-Match", "\"3\"")
			.statusCode()).isEqualTo(201);

		JsonNode history = JSON.readTree(call("GET", base() + "/" + sid + "/commitment", observer, null).body());
		List<String> statuses = new ArrayList<>();
		history.forEach(h -> statuses.add(h.get("status").asString()));
		assertThat(statuses).containsExactly("identified", "approached", "committed", "active");
		assertThat(history.get(1).get("note").asString()).isEqualTo("Met at the neighbourhood evening");
		assertThat(history.get(3).get("changedBy").asString()).isEqualTo(coordinator.displayName());
		assertThat(history.get(3).get("changedAt").asString()).isNotBlank();
		assertThat(JSON.readTree(call("GET", base() + "/" + sid, observer, null).body()).get("commitment").asString())
			.isEqualTo("active");
		assertThat(audit.of(StakeholderRegister.AUDIT_TYPE, String.valueOf(sid))).hasSize(4);
	}

	@Test
	void erasingAContactRemovesThePersonalDataEverywhereAndKeepsTheRecord() throws Exception {
		long sid = createAs(partner, "Woonbron", "housing-corporation", false, 3, 3);
		String contacts = base() + "/" + sid + "/contacts";
		var invalid = call("POST", contacts, partner, "{\"name\":\"\",\"email\":\"not-an-address\",\"legalBasis\":\"whim\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		JSON.readTree(invalid.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("name", "email", "legalBasis");
		assertThat(call("POST", contacts, observer, "{\"name\":\"X\",\"legalBasis\":\"consent\"}").statusCode()).isEqualTo(403);

		var added = call("POST", contacts, partner, """
				{"name":"Fatima El Amrani","jobTitle":"Area manager","email":"f.elamrani@example.org",
				 "phone":"+31 10 123 4567","legalBasis":"legitimate-interest"}""");
		assertThat(added.statusCode()).isEqualTo(201);
		long cid = JSON.readTree(added.body()).get("id").asLong();
		assertThat(call("GET", contacts, observer, null).body()).contains("f.elamrani@example.org");

		// a correction needs the contact's ETag; a stale one is refused, a bad field named
		var one = call("GET", contacts + "/" + cid, observer, null);
		String etag = one.headers().firstValue("ETag").orElseThrow();
		String correction = """
				{"name":"Fatima El Amrani","jobTitle":"Head of neighbourhood affairs","email":"fatima@example.org",
				 "phone":"+31 10 123 4567","legalBasis":"legitimate-interest"}""";
		assertThat(call("PUT", contacts + "/" + cid, partner, correction).statusCode()).isEqualTo(428);
		assertThat(call("PUT", contacts + "/" + cid, partner, correction, "If-Match", "\"0\"").statusCode()).isEqualTo(412);
		assertThat(call("PUT", contacts + "/" + cid, observer, correction, "If-Match", etag).statusCode()).isEqualTo(403);
		var badMail = call("PUT", contacts + "/" + cid, partner, correction.replace("fatima@example.org", "nope"),
				"If-Match", etag);
		assertThat(badMail.statusCode()).isEqualTo(400);
		assertThat(badMail.body()).contains("\"field\":\"email\"");
		var corrected = call("PUT", contacts + "/" + cid, partner, correction, "If-Match", etag);
		assertThat(corrected.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(corrected.body()).get("jobTitle").asString()).isEqualTo("Head of neighbourhood affairs");
		assertThat(call("PUT", contacts + "/" + cid, partner, correction, "If-Match", etag).statusCode()).isEqualTo(412);

		var erased = call("POST", contacts + "/" + cid + "/erase", partner, null);
		assertThat(erased.statusCode()).isEqualTo(200);
		JsonNode remains = JSON.readTree(call("GET", contacts, observer, null).body()).get(0);
		assertThat(remains.get("erased").asBoolean()).isTrue();
		assertThat(remains.hasNonNull("name")).isFalse();
		assertThat(remains.hasNonNull("email")).isFalse();
		assertThat(remains.hasNonNull("phone")).isFalse();
		assertThat(remains.hasNonNull("jobTitle")).isFalse();
		assertThat(remains.get("legalBasis").asString()).isEqualTo("legitimate-interest");
		assertThat(call("POST", contacts + "/" + cid + "/erase", partner, null).statusCode()).isEqualTo(409);
		// the history never held the personal data
		List<AuditEntry> history = audit.of(StakeholderRegister.CONTACT_AUDIT_TYPE, String.valueOf(cid));
		assertThat(history).hasSize(3);
		assertThat(history.toString()).doesNotContain("Fatima", "elamrani", "123 4567", "Area manager", "neighbourhood");
		// an erased contact cannot be corrected back to life
		String erasedTag = call("GET", contacts + "/" + cid, observer, null).headers().firstValue("ETag").orElseThrow();
		assertThat(call("PUT", contacts + "/" + cid, partner, correction, "If-Match", erasedTag).statusCode()).isEqualTo(409);
	}

	@Test
	void aCommittedPartnerIsFlaggedUntilItsValuePropositionIsAligned() throws Exception {
		long sid = createAs(partner, "TU Delft", "knowledge-institution", false, 3, 4);
		String value = base() + "/" + sid + "/value-proposition";
		assertThat(call("GET", value, observer, null).statusCode()).isEqualTo(404);
		call("POST", base() + "/" + sid + "/commitment", partner, "{\"status\":\"approached\"}");
		call("POST", base() + "/" + sid + "/commitment", partner, "{\"status\":\"committed\"}");
		assertThat(JSON.readTree(call("GET", base() + "/" + sid, observer, null).body()).get("valueFlagged").asBoolean()).isTrue();

		var invalid = call("PUT", value, partner, "{\"motivations\":[\"other\"]}", "If-Match", "\"3\"");
		assertThat(invalid.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		JSON.readTree(invalid.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("motivationOther", "aligned");
		assertThat(call("PUT", value, partner, "{\"motivations\":[\"learning\"],\"aligned\":true}").statusCode())
			.isEqualTo(428);

		var unaligned = call("PUT", value, partner, """
				{"motivations":["learning","policy-goals"],"shortTermValue":"Field data","aligned":false,
				 "alignmentNote":"Expects publication rights"}""", "If-Match", "\"3\"");
		assertThat(unaligned.statusCode()).isEqualTo(200);
		assertThat(unaligned.headers().firstValue("ETag")).hasValue("\"4\"");
		JsonNode org = JSON.readTree(call("GET", base() + "/" + sid, observer, null).body());
		assertThat(org.get("valueFlagged").asBoolean()).isTrue();
		assertThat(org.get("valueProposition").get("motivations").toString()).isEqualTo("[\"policy-goals\",\"learning\"]");

		assertThat(call("PUT", value, partner, "{\"motivations\":[\"learning\"],\"aligned\":true}", "If-Match", "\"3\"")
			.statusCode()).isEqualTo(412);
		assertThat(call("PUT", value, partner, "{\"motivations\":[\"learning\"],\"aligned\":true}", "If-Match", "\"4\"")
			.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(call("GET", base() + "/" + sid, observer, null).body()).get("valueFlagged").asBoolean()).isFalse();
		assertThat(JSON.readTree(call("GET", value, observer, null).body()).get("aligned").asBoolean()).isTrue();
	}

	private long createAs(AccountView who, String name, String type, boolean authority, int influence, int interest)
			throws Exception {
		var created = call("POST", base(), who, organisation(name, type, authority, influence, interest));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("id").asLong();
	}

	private String base() {
		return "/api/v1/ateliers/" + atelierId + "/stakeholders";
	}

	private static String organisation(String name, String type, boolean authority, int influence, int interest) {
		return """
				{"name":"%s","type":"%s","sector":"government","challengeRole":"Owns the streets",
				 "decisionAuthority":%s,"authorityOver":"the heat permit","influence":%d,"interest":%d,
				 "power":true,"legitimacy":true,"urgency":false,"engagementNow":"neutral","engagementDesired":"supportive"}"""
			.formatted(name, type, authority, influence, interest);
	}

	private HttpResponse<String> call(String method, String path, AccountView user, String body, String... headers)
			throws Exception {
		return ApiCalls.call(port, method, path, user.username(), TestUsers.PASSWORD, body, ApiCalls.headers(headers));
	}
}
