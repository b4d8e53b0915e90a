package org.atelier.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capacity API over real HTTP: validation problems name their fields, records of another
 * atelier are not found, edits need a current If-Match, observers cannot write, the FTE and the
 * funding warnings come out as the rules say, and every change is audited.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapacityApiTest {

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
	FundingOutlook outlook;

	@Autowired
	JdbcClient jdbc;

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelierId;
	long otherAtelierId;
	LocalDate today;

	@BeforeEach
	void atelier() {
		coordinator = TestUsers.create(accounts, "cap-coord");
		partner = TestUsers.create(accounts, "cap-partner");
		observer = TestUsers.create(accounts, "cap-observer");
		outsider = TestUsers.create(accounts, "cap-outsider");
		today = LocalDate.now(ZoneOffset.UTC);
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Capable"), "Utrecht", null, Theme.MOBILITY,
					null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
		otherAtelierId = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(
				TestUsers.uniqueName("Elsewhere"), "Gent", null, Theme.ENERGY, null, null, null)).id());
	}

	@Test
	void theTeamIsKeptWithItsFteFlagsAndVersions() throws Exception {
		var bad = call("POST", base("/team"), partner, """
				{"role":" ","hoursPerWeek":90,"start":"2026-05-01","end":"2026-04-01"}""");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(fields(bad)).containsExactlyInAnyOrder("memberId", "role", "hoursPerWeek", "end");
		assertThat(fields(call("POST", base("/team"), partner, """
				{"memberId":%d,"role":"Lead","hoursPerWeek":8,"start":"2026-01-01"}""".formatted(outsider.id()))))
			.containsExactly("memberId");
		assertThat(fields(call("POST", base("/team"), partner, """
				{"memberId":%d,"externalName":"Both","role":"Lead","hoursPerWeek":8.25,"start":"2026-01-01"}"""
			.formatted(coordinator.id())))).containsExactlyInAnyOrder("memberId", "hoursPerWeek");

		var lead = call("POST", base("/team"), partner, """
				{"memberId":%d,"role":"Atelier lead","hoursPerWeek":36,"start":"%s","handoverNotes":"Steering group every first Monday"}"""
			.formatted(coordinator.id(), today.minusDays(30)));
		assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);
		assertThat(lead.headers().firstValue("ETag")).hasValue("\"0\"");
		long leadId = JSON.readTree(lead.body()).get("id").asLong();
		assertThat(created(base("/team"), """
				{"externalName":"Marta Ruiz","role":"Data analyst","hoursPerWeek":18,"start":"%s","deputy":"Tom"}"""
			.formatted(today.minusDays(10)))).isPositive();
		assertThat(created(base("/team"), """
				{"externalName":"Old Hand","role":"Secretary","hoursPerWeek":20,"start":"%s","end":"%s"}"""
			.formatted(today.minusDays(100), today.minusDays(1)))).isPositive();

		JsonNode team = JSON.readTree(call("GET", base("/team"), observer, null).body());
		// (36 + 18) / 36; the secretary ended yesterday and does not count
		assertThat(team.get("fte").decimalValue()).isEqualByComparingTo("1.50");
		assertThat(team.get("fteHours").decimalValue()).isEqualByComparingTo("36");
		assertThat(team.get("singleHolderRoles").get(0).asString()).isEqualTo("Atelier lead");
		assertThat(team.get("singleHolderRoles")).hasSize(1);
		assertThat(team.get("members")).hasSize(3);

		String write = """
				{"externalName":"Someone","role":"Lead","hoursPerWeek":4,"start":"2026-01-01"}""";
		assertThat(call("POST", base("/team"), observer, write).statusCode()).isEqualTo(403);
		assertThat(call("GET", base("/team"), outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", base("/team/" + leadId), outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/v1/ateliers/" + otherAtelierId + "/team/" + leadId, coordinator, null).statusCode())
			.as("a team entry addressed through another atelier").isEqualTo(404);

		String edit = """
				{"memberId":%d,"role":"Atelier lead","hoursPerWeek":32,"start":"%s","deputy":"Sanne"}"""
			.formatted(coordinator.id(), today.minusDays(30));
		assertThat(call("PUT", base("/team/" + leadId), partner, edit).statusCode()).isEqualTo(428);
		assertThat(call("PUT", base("/team/" + leadId), observer, edit, "If-Match", "\"0\"").statusCode()).isEqualTo(403);
		var edited = call("PUT", base("/team/" + leadId), partner, edit, "If-Match", "\"0\"");
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(edited.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(JSON.readTree(edited.body()).get("singleHolder").asBoolean()).isFalse();
		assertThat(call("PUT", base("/team/" + leadId), coordinator, edit, "If-Match", "\"0\"").statusCode()).isEqualTo(412);
		assertThat(call("PUT", "/api/v1/ateliers/" + otherAtelierId + "/team/" + leadId, coordinator, edit, "If-Match",
				"\"1\"").statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(call("GET", base("/team"), partner, null).body()).get("fte").decimalValue())
			.isEqualByComparingTo("1.39"); // (32 + 18) / 36 = 1.388…

		assertThat(call("DELETE", base("/team/" + leadId), partner, null, "If-Match", "\"0\"").statusCode()).isEqualTo(412);
		assertThat(call("DELETE", base("/team/" + leadId), partner, null, "If-Match", "\"1\"").statusCode()).isEqualTo(204);
		assertThat(call("GET", base("/team/" + leadId), partner, null).statusCode()).isEqualTo(404);

		var noGap = call("POST", base("/skill-gaps"), partner, "{}");
		assertThat(fields(noGap)).containsExactlyInAnyOrder("skill", "plan", "ownerId", "due");
		long gap = created(base("/skill-gaps"), """
				{"skill":"Energy law","plan":"Hire a lawyer for two days a month","ownerId":%d,"due":"%s"}"""
			.formatted(partner.id(), today.plusMonths(2)));
		var gapRead = call("GET", base("/skill-gaps/" + gap), observer, null);
		assertThat(gapRead.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(JSON.readTree(gapRead.body()).get("ownerName").asString()).isEqualTo(partner.displayName());
		assertThat(call("GET", "/api/v1/ateliers/" + otherAtelierId + "/skill-gaps/" + gap, coordinator, null)
			.statusCode()).isEqualTo(404);

		assertThat(jdbc.sql("""
				select entity_type || ':' || action from audit_entry where atelier_id = :a
				and entity_type in ('team-member', 'skill-gap') order by id""").param("a", atelierId)
			.query(String.class).list()).containsExactly("team-member:CREATED", "team-member:CREATED",
					"team-member:CREATED", "team-member:UPDATED", "team-member:DELETED", "skill-gap:CREATED");
	}

	@Test
	void fundingSourcesGiveTheRunwayIndexAndCliff() throws Exception {
		var bad = call("POST", base("/funding-sources"), partner, """
				{"type":"lottery","funder":" ","amountPerYear":-5,"start":"soon","status":"maybe"}""");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(fields(bad)).containsExactlyInAnyOrder("type", "funder", "amountPerYear", "start", "status");
		assertThat(fields(call("POST", base("/funding-sources"), partner, """
				{"type":"in-kind","funder":"X","amountPerYear":1,"start":"2027-01-01","end":"2026-01-01","status":"received"}""")))
			.containsExactly("end");

		long eu = created(base("/funding-sources"), """
				{"type":"programme-funding","funder":"Horizon Europe","amountPerYear":150000,"start":"%s","end":"%s","status":"committed"}"""
			.formatted(today.minusYears(1), today.plusMonths(6)));
		created(base("/funding-sources"), """
				{"type":"MUNICIPAL_BUDGET","funder":"City of Utrecht","amountPerYear":100000,"start":"%s","status":"received"}"""
			.formatted(today.minusYears(1)));
		created(base("/funding-sources"), """
				{"type":"public-private-partnership","funder":"Port companies","amountPerYear":50000,"start":"%s","status":"expected"}"""
			.formatted(today.plusMonths(3)));
		assertThat(call("POST", base("/funding-sources"), observer, """
				{"type":"in-kind","funder":"X","amountPerYear":1,"start":"2026-01-01","status":"received"}""").statusCode())
			.isEqualTo(403);

		JsonNode summary = JSON.readTree(call("GET", base("/funding-summary"), observer, null).body());
		assertThat(summary.get("quarters")).hasSize(12);
		assertThat(summary.get("quarters").get(0).get("firm").get("municipal-budget").decimalValue()).isPositive();
		// 150,000 of 250,000 current annual funding ends within the year: 60%
		assertThat(summary.get("currentAnnual").decimalValue()).isEqualByComparingTo("250000");
		assertThat(summary.get("endingShare").decimalValue()).isEqualByComparingTo("0.6");
		assertThat(summary.get("cliff").asBoolean()).isTrue();
		assertThat(summary.get("hhi").isNull()).isFalse();
		assertThat(summary.get("nextYearExpected").decimalValue()).isPositive();
		List<String> codes = new ArrayList<>();
		summary.get("warnings").forEach(w -> codes.add(w.get("code").asString()));
		assertThat(codes).contains("cliff");
		assertThat(summary.get("warnings").get(codes.indexOf("cliff")).get("message").asString()).contains("60%");
		assertThat(call("GET", base("/funding-summary"), outsider, null).statusCode()).isEqualTo(404);

		var read = call("GET", base("/funding-sources/" + eu), observer, null);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(JSON.readTree(read.body()).get("type").asString()).isEqualTo("programme-funding");
		assertThat(call("GET", "/api/v1/ateliers/" + otherAtelierId + "/funding-sources/" + eu, coordinator, null)
			.statusCode()).isEqualTo(404);
		String extended = """
				{"type":"programme-funding","funder":"Horizon Europe","amountPerYear":150000,"start":"%s","end":"%s","status":"committed"}"""
			.formatted(today.minusYears(1), today.plusYears(2));
		assertThat(call("PUT", base("/funding-sources/" + eu), partner, extended, "If-Match", "\"0\"").statusCode())
			.isEqualTo(200);
		assertThat(call("PUT", base("/funding-sources/" + eu), partner, extended, "If-Match", "\"0\"").statusCode())
			.isEqualTo(412);
		assertThat(JSON.readTree(call("GET", base("/funding-summary"), partner, null).body()).get("cliff").asBoolean())
			.as("the programme runs on").isFalse();

		// the read service for other modules leaves out ateliers the caller may not see
		var summaries = TestUsers.as(partner, () -> outlook.summaries(List.of(otherAtelierId, atelierId)));
		assertThat(summaries.keySet()).containsExactly(atelierId);
		assertThat(summaries.get(atelierId).cliff()).isFalse();

		assertThat(call("DELETE", base("/funding-sources/" + eu), observer, null, "If-Match", "\"1\"").statusCode())
			.isEqualTo(403);
		assertThat(call("DELETE", base("/funding-sources/" + eu), partner, null).statusCode()).isEqualTo(428);
		assertThat(call("DELETE", base("/funding-sources/" + eu), partner, null, "If-Match", "\"1\"").statusCode())
			.isEqualTo(204);
		assertThat(jdbc.sql("select count(*) from audit_entry where atelier_id = :a and entity_type = 'funding-source'")
			.param("a", atelierId).query(Long.class).single()).isEqualTo(5);
	}

	private long created(String path, String json) throws Exception {
		var response = call("POST", path, partner, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).get("id").asLong();
	}

	private String base(String rest) {
		return "/api/v1/ateliers/" + atelierId + rest;
	}

	private static List<String> fields(HttpResponse<String> response) throws Exception {
		List<String> fields = new ArrayList<>();
		JSON.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private HttpResponse<String> call(String method, String path, AccountView user, String body, String... headers)
			throws Exception {
		return ApiCalls.call(port, method, path, user.username(), TestUsers.PASSWORD, body, ApiCalls.headers(headers));
	}
}
