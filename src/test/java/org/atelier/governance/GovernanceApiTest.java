package org.atelier.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.audit.AuditEntry;
import org.atelier.audit.AuditTrail;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.shared.links.DecisionSink;
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

/** The governance and decision API over real HTTP: roles and flags, RACI checks, the decision rules, audit, readiness. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovernanceApiTest {

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
	List<ReadinessEvaluator> evaluators;

	@Autowired
	DecisionSink sink;

	@Autowired
	DecisionLog decisions;

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelierId;

	@BeforeEach
	void atelier() {
		coordinator = TestUsers.create(accounts, "gv-coord");
		partner = TestUsers.create(accounts, "gv-partner");
		observer = TestUsers.create(accounts, "gv-observer");
		outsider = TestUsers.create(accounts, "gv-outsider");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Governed"), "Bilbao", null, Theme.ENERGY,
					null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
	}

	@Test
	void rolesMandateAndEscalationRouteMakeTheArrangementThatReadinessChecks() throws Exception {
		var arranged = evaluators.stream().filter(e -> e.checkType().equals("governance-arranged")).findFirst().orElseThrow();
		assertThat(TestUsers.as(coordinator, () -> arranged.evaluate(atelierId,
				java.util.Map.of("roles", "facilitator,decision-authority,mandate"))).met()).isFalse();

		var facilitator = call("POST", base() + "/roles", partner, """
				{"kind":"facilitator","memberUsername":"%s","mandate":"Runs the sessions","endsOn":"2099-01-01"}"""
			.formatted(partner.username()));
		assertThat(facilitator.statusCode()).isEqualTo(201);
		JsonNode role = JSON.readTree(facilitator.body());
		assertThat(role.get("holderName").asString()).isEqualTo(partner.displayName());
		assertThat(role.get("singlePointOfFailure").asBoolean()).isTrue();

		var bad = call("POST", base() + "/roles", partner, """
				{"kind":"oracle","memberUsername":"nobody-here","startsOn":"2026-05-01","endsOn":"2026-01-01"}""");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(fields(bad)).contains("kind", "endsOn");
		var stranger = call("POST", base() + "/roles", partner, """
				{"kind":"chair","memberUsername":"%s"}""".formatted(outsider.username()));
		assertThat(stranger.statusCode()).isEqualTo(400);
		assertThat(fields(stranger)).containsExactly("memberUsername");

		assertThat(call("POST", base() + "/roles", partner, """
				{"kind":"decision-maker","holderName":"Alderman Garcia"}""").statusCode()).isEqualTo(201);
		assertThat(call("POST", base() + "/roles", observer, """
				{"kind":"chair","holderName":"Someone"}""").statusCode()).isEqualTo(403);
		assertThat(call("GET", base() + "/roles", outsider, null).statusCode()).isEqualTo(404);

		var mandate = call("GET", base() + "/mandate", observer, null);
		assertThat(mandate.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(call("PUT", base() + "/mandate", partner, "{\"mandate\":\"Propose\"}").statusCode()).isEqualTo(428);
		var written = call("PUT", base() + "/mandate", partner, "{\"mandate\":\"Proposes pilots to the board\"}",
				"If-Match", "\"0\"");
		assertThat(written.statusCode()).isEqualTo(200);
		assertThat(call("PUT", base() + "/mandate", coordinator, "{\"mandate\":\"Other\"}", "If-Match", "\"0\"")
			.statusCode()).isEqualTo(412);

		assertThat(TestUsers.as(coordinator, () -> arranged.evaluate(atelierId,
				java.util.Map.of("roles", "facilitator,decision-authority,mandate"))).met()).isTrue();

		long core = id(call("POST", base() + "/escalation-levels", partner, "{\"name\":\"Core team\",\"scope\":\"Daily work\"}"));
		long steering = id(call("POST", base() + "/escalation-levels", partner, "{\"name\":\"Steering group\"}"));
		var levels = JSON.readTree(call("GET", base() + "/escalation-levels", observer, null).body());
		assertThat(levels.get(0).get("id").asLong()).isEqualTo(core);
		assertThat(levels.get(1).get("id").asLong()).isEqualTo(steering);
		var moved = call("PUT", base() + "/escalation-levels/" + steering, partner, "{\"move\":\"down\"}", "If-Match", "\"0\"");
		assertThat(moved.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(call("GET", base() + "/escalation-levels", observer, null).body()).get(0).get("id").asLong())
			.isEqualTo(steering);

		var badLink = call("POST", base() + "/strategy-links", partner, "{\"title\":\"Plan\",\"url\":\"javascript:alert(1)\"}");
		assertThat(badLink.statusCode()).isEqualTo(400);
		assertThat(fields(badLink)).containsExactly("url");
	}

	@Test
	void raciRowsAreKeptWhenIncompleteAndSayWhichRuleTheyBreak() throws Exception {
		var incomplete = call("POST", base() + "/raci", partner, """
				{"responsibility":"Approve the pilot budget","assignments":{"City":"A","Grid operator":"A"}}""");
		assertThat(incomplete.statusCode()).isEqualTo(201);
		JsonNode row = JSON.readTree(incomplete.body());
		assertThat(row.get("valid").asBoolean()).isFalse();
		assertThat(row.get("problems").toString()).contains("manyAccountable", "noResponsible");

		var fixed = call("PUT", base() + "/raci/" + row.get("id").asLong(), partner, """
				{"responsibility":"Approve the pilot budget","assignments":{"City":"A","Grid operator":"R","Residents":"I"}}""",
				"If-Match", "\"0\"");
		assertThat(fixed.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(fixed.body()).get("valid").asBoolean()).isTrue();

		var wrongLetter = call("POST", base() + "/raci", partner, """
				{"responsibility":"Data","assignments":{"City":"Z"}}""");
		assertThat(wrongLetter.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(call("GET", base() + "/raci", observer, null).body()).size()).isEqualTo(1);
	}

	@Test
	void anAcceptedDecisionIsNeverEditedOnlySupersededAndTheHistoryKeepsBoth() throws Exception {
		var proposed = call("POST", base() + "/decisions", partner, """
				{"title":"Battery at the school","context":"Grid full","options":["Battery","Wait for the grid"],
				 "decision":"Place a 200 kWh battery"}""");
		assertThat(proposed.statusCode()).isEqualTo(201);
		long first = id(proposed);
		assertThat(JSON.readTree(proposed.body()).get("status").asString()).isEqualTo("proposed");

		var edited = call("PUT", base() + "/decisions/" + first, partner, """
				{"title":"Battery at the school","decision":"Place a 250 kWh battery","options":["Battery","Wait"]}""",
				"If-Match", "\"0\"");
		assertThat(edited.statusCode()).isEqualTo(200);

		var accepted = call("POST", base() + "/decisions/" + first + "/status", coordinator, """
				{"status":"accepted","decidedBy":"Steering group","decidedOn":"2026-11-20"}""", "If-Match", "\"1\"");
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(accepted.body()).get("status").asString()).isEqualTo("accepted");

		var frozen = call("PUT", base() + "/decisions/" + first, partner, "{\"title\":\"Changed afterwards\"}",
				"If-Match", "\"2\"");
		assertThat(frozen.statusCode()).isEqualTo(409);
		assertThat(call("POST", base() + "/decisions/" + first + "/status", partner, "{\"status\":\"rejected\"}",
				"If-Match", "\"2\"").statusCode()).isEqualTo(409);

		var incomplete = call("POST", base() + "/decisions/" + first + "/supersede", partner,
				"{\"title\":\"Bigger battery\"}", "If-Match", "\"2\"");
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(fields(incomplete)).contains("decision", "decidedBy", "decidedOn");

		var superseding = call("POST", base() + "/decisions/" + first + "/supersede", partner, """
				{"title":"Bigger battery","decision":"Place a 400 kWh battery","decidedBy":"Steering group",
				 "decidedOn":"2026-11-24"}""", "If-Match", "\"2\"");
		assertThat(superseding.statusCode()).isEqualTo(201);
		JsonNode second = JSON.readTree(superseding.body());
		assertThat(second.get("supersedes").asLong()).isEqualTo(first);
		JsonNode old = JSON.readTree(call("GET", base() + "/decisions/" + first, observer, null).body());
		assertThat(old.get("status").asString()).isEqualTo("superseded");
		assertThat(old.get("supersededBy").asLong()).isEqualTo(second.get("id").asLong());
		assertThat(old.get("decision").asString()).isEqualTo("Place a 250 kWh battery");

		assertThat(JSON.readTree(call("GET", base() + "/decisions?status=accepted", observer, null).body()).size())
			.isEqualTo(1);
		assertThat(call("GET", base() + "/decisions?status=maybe", observer, null).statusCode()).isEqualTo(400);

		List<AuditEntry> history = audit.of(DecisionLog.AUDIT_TYPE, String.valueOf(first));
		assertThat(history).hasSize(4);
		assertThat(history.toString()).contains("250 kWh", "superseded");
	}

	@Test
	void aSessionDecisionArrivesAsAnAcceptedDecision() throws Exception {
		long id = TestUsers.as(coordinator, () -> sink.recordSessionDecision(atelierId, 77, "Start the pilot",
				"The pilot starts in March", java.time.LocalDate.of(2026, 11, 20), partner.id()));
		JsonNode decision = JSON.readTree(call("GET", base() + "/decisions/" + id, observer, null).body());
		assertThat(decision.get("status").asString()).isEqualTo("accepted");
		assertThat(decision.get("decidedBy").asString()).isEqualTo(partner.displayName());
		assertThat(decision.get("links").get(0).get("kind").asString()).isEqualTo("session");
	}

	@Test
	void aDecisionLinksToAnOrganisationOfTheSameAtelierOnly(@Autowired org.atelier.stakeholder.StakeholderRegister register)
			throws Exception {
		long decision = id(call("POST", base() + "/decisions", partner, "{\"title\":\"Grid study\"}"));
		long grid = TestUsers.as(coordinator, () -> register.create(atelierId, org.atelier.stakeholder.StakeholderInput
			.parse("Grid operator", "utility", "industry", null, false, null, "4", "4", true, false, false, "neutral",
					"supportive")).id());
		long elsewhere = TestUsers.as(coordinator, () -> {
			long other = ateliers.create(new AtelierInput(TestUsers.uniqueName("Other"), "Bilbao", null, Theme.ENERGY,
					null, null, null)).id();
			return register.create(other, org.atelier.stakeholder.StakeholderInput.parse("Someone else", "company",
					"industry", null, false, null, "2", "2", false, false, false, "neutral", "neutral")).id();
		});
		DecisionLog log = decisions;
		TestUsers.as(partner, () -> log.link(atelierId, decision, "stakeholder", grid));
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> TestUsers.as(partner, () -> log.link(atelierId, decision, "stakeholder", elsewhere)))
			.isInstanceOf(org.atelier.shared.FieldProblem.class);
		JsonNode linked = JSON.readTree(call("GET", base() + "/decisions/" + decision, observer, null).body());
		assertThat(linked.get("links").size()).isEqualTo(1);
		assertThat(linked.get("links").get(0).get("title").asString()).isEqualTo("Grid operator");
		assertThat(linked.get("links").get(0).get("path").asString())
			.isEqualTo("/ateliers/" + atelierId + "/stakeholders/" + grid);
	}

	@Test
	void aRoleHeldByAContactPersonShowsTheirNameFromTheRegisterUntilTheyAreErased(
			@Autowired org.atelier.stakeholder.StakeholderRegister register) throws Exception {
		long grid = TestUsers.as(coordinator, () -> register.create(atelierId, org.atelier.stakeholder.StakeholderInput
			.parse("Grid operator", "utility", "industry", null, false, null, "4", "4", true, false, false, "neutral",
					"supportive")).id());
		long ana = TestUsers.as(coordinator, () -> register.addContact(atelierId, grid, "Ana Ruiz", "Liaison",
				"ana@example.org", null, "consent").id());
		long foreignContact = TestUsers.as(coordinator, () -> {
			long other = ateliers.create(new AtelierInput(TestUsers.uniqueName("Other"), "Bilbao", null, Theme.ENERGY,
					null, null, null)).id();
			long company = register.create(other, org.atelier.stakeholder.StakeholderInput.parse("Elsewhere", "company",
					"industry", null, false, null, "2", "2", false, false, false, "neutral", "neutral")).id();
			return register.addContact(other, company, "Not here", null, null, null, "consent").id();
		});

		var foreign = call("POST", base() + "/roles", partner, "{\"kind\":\"secretary\",\"contactId\":%d}".formatted(foreignContact));
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(fields(foreign)).containsExactly("contactId");
		var twoHolders = call("POST", base() + "/roles", partner,
				"{\"kind\":\"secretary\",\"contactId\":%d,\"holderName\":\"Also me\"}".formatted(ana));
		assertThat(fields(twoHolders)).containsExactly("holderName");

		long role = id(call("POST", base() + "/roles", partner, "{\"kind\":\"secretary\",\"contactId\":%d}".formatted(ana)));
		JsonNode held = JSON.readTree(call("GET", base() + "/roles/" + role, observer, null).body());
		assertThat(held.get("holderName").asString()).isEqualTo("Ana Ruiz (Grid operator)");
		assertThat(held.get("contactId").asLong()).isEqualTo(ana);
		assertThat(audit.of("governance-role", String.valueOf(role)).toString()).doesNotContain("Ana Ruiz");

		long decision = id(call("POST", base() + "/decisions", partner, "{\"title\":\"Who keeps the minutes\"}"));
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> TestUsers.as(partner, () -> decisions.link(atelierId, decision, "contact", ana)))
			.as("a decision does not link to a person").isInstanceOf(org.atelier.shared.FieldProblem.class);

		TestUsers.as(coordinator, () -> register.eraseContact(atelierId, grid, ana));
		JsonNode erased = JSON.readTree(call("GET", base() + "/roles/" + role, observer, null).body());
		assertThat(erased.get("holderName").asString()).isEmpty();
		assertThat(erased.get("holderErased").asBoolean()).isTrue();
		assertThat(call("PUT", base() + "/roles/" + role, partner,
				"{\"kind\":\"secretary\",\"contactId\":%d}".formatted(ana), "If-Match", "\"0\"").statusCode())
			.as("an erased contact cannot be named again").isEqualTo(400);
	}

	private String base() {
		return "/api/v1/ateliers/" + atelierId;
	}

	private static long id(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).get("id").asLong();
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
