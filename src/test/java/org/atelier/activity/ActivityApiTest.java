package org.atelier.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.audit.AuditEntry;
import org.atelier.audit.AuditTrail;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.lifecycle.ReadinessEvaluator;
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

/**
 * The activity API over real HTTP: planning, the minutes lifecycle, outcomes turned into decisions
 * and actions on approval, the calendar file and feed read back by a real iCalendar parser, and
 * the rules of follow-up actions.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityApiTest {

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

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelierId;

	@BeforeEach
	void atelier() {
		coordinator = TestUsers.create(accounts, "ac-coord");
		partner = TestUsers.create(accounts, "ac-partner");
		observer = TestUsers.create(accounts, "ac-observer");
		outsider = TestUsers.create(accounts, "ac-outsider");
		atelierId = newAtelier(coordinator);
	}

	private long newAtelier(AccountView founder) {
		return TestUsers.as(founder, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Active"), "Amsterdam", null, Theme.ENERGY,
					null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
	}

	@Test
	void minutesGoFromDraftThroughCirculationToApprovalAndCarryTheOutcomesIntoTheLogAndTheActions() throws Exception {
		var bad = call("POST", base() + "/sessions", partner, """
				{"kind":"seance","title":"","start":"tomorrow","timeZone":"Mars/Olympus","durationMinutes":0,
				 "onlineLink":"ftp://example.org","facilitatorId":%d}""".formatted(outsider.id()));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(fields(bad)).contains("title", "start", "timeZone", "durationMinutes", "onlineLink");

		long sid = id(call("POST", base() + "/sessions", partner, """
				{"kind":"workshop","series":"Grid workshops","title":"Congestion workshop","purpose":"Find options",
				 "start":"2026-06-10T14:00","timeZone":"Europe/Amsterdam","durationMinutes":120,"place":"City hall",
				 "facilitatorId":%d,"agenda":["Welcome","Grid map","Options"],"invitedMembers":[%d,%d],
				 "buildingBlocks":["open-innovation-activities"]}""".formatted(coordinator.id(), observer.id(), partner.id())));
		JsonNode session = JSON.readTree(call("GET", base() + "/sessions/" + sid, observer, null).body());
		assertThat(session.get("startsAt").asString()).isEqualTo("2026-06-10T12:00:00Z");
		assertThat(session.get("agenda")).hasSize(3);
		assertThat(session.get("minutesStatus").asString()).isEqualTo("draft");

		assertThat(call("PUT", base() + "/sessions/" + sid + "/minutes", partner, "{\"text\":\"x\"}", "If-Match", "\"0\"")
			.statusCode()).as("a partner who neither facilitates nor keeps the minutes").isEqualTo(403);
		assertThat(call("PUT", base() + "/sessions/" + sid + "/minutes", coordinator, "{\"text\":\"x\"}").statusCode())
			.isEqualTo(428);
		var written = call("PUT", base() + "/sessions/" + sid + "/minutes", coordinator,
				"{\"text\":\"We mapped the grid and chose two pilots.\"}", "If-Match", "\"0\"");
		assertThat(written.statusCode()).isEqualTo(200);

		String outcomes = base() + "/sessions/" + sid + "/outcomes";
		assertThat(call("POST", outcomes, coordinator, "{\"kind\":\"decision\",\"text\":\"Start the battery pilot\"}")
			.statusCode()).isEqualTo(200);
		var noOwner = call("POST", outcomes, coordinator, "{\"kind\":\"action\",\"text\":\"Ask the grid operator\"}");
		assertThat(noOwner.statusCode()).isEqualTo(400);
		assertThat(fields(noOwner)).containsExactly("owner", "due");
		var stranger = call("POST", outcomes, coordinator, """
				{"kind":"action","text":"Ask the grid operator","ownerId":%d,"due":"2026-07-01"}""".formatted(outsider.id()));
		assertThat(fields(stranger)).containsExactly("owner");
		call("POST", outcomes, coordinator, """
				{"kind":"action","text":"Ask the grid operator for load data","ownerId":%d,"due":"2026-07-01"}"""
			.formatted(partner.id()));
		call("POST", outcomes, coordinator, """
				{"kind":"action","text":"Draft the pilot agreement","ownerId":%d,"due":"2026-07-15"}"""
			.formatted(observer.id()));
		call("POST", outcomes, coordinator, "{\"kind\":\"information\",\"text\":\"The operator joins next time\"}");
		assertThat(actions(atelierId)).as("nothing is carried out before approval").isEmpty();

		String status = base() + "/sessions/" + sid + "/minutes/status";
		assertThat(call("POST", status, coordinator, "{\"status\":\"approved\"}", "If-Match", "\"1\"").statusCode())
			.as("approval needs circulation first").isEqualTo(409);
		assertThat(call("POST", base() + "/sessions/" + sid + "/minutes/comments", observer, "{\"text\":\"early\"}")
			.statusCode()).isEqualTo(409);
		assertThat(call("POST", status, coordinator, "{\"status\":\"circulated\"}", "If-Match", "\"1\"").statusCode())
			.isEqualTo(200);
		var amendment = call("POST", base() + "/sessions/" + sid + "/minutes/comments", observer,
				"{\"text\":\"Two pilots, not one\",\"amendment\":true}");
		assertThat(amendment.statusCode()).as("an invited observer may comment").isEqualTo(200);
		assertThat(call("POST", base() + "/sessions/" + sid + "/minutes/comments", outsider, "{\"text\":\"hi\"}")
			.statusCode()).isEqualTo(404);
		var approved = call("POST", status, coordinator, "{\"status\":\"approved\"}", "If-Match", "\"2\"");
		assertThat(approved.statusCode()).isEqualTo(200);

		JsonNode after = JSON.readTree(approved.body());
		List<Long> decisionIds = new ArrayList<>();
		List<Long> actionIds = new ArrayList<>();
		after.get("outcomes").forEach(o -> {
			if (o.get("decisionId") != null && !o.get("decisionId").isNull()) {
				decisionIds.add(o.get("decisionId").asLong());
			}
			if (o.get("actionId") != null && !o.get("actionId").isNull()) {
				actionIds.add(o.get("actionId").asLong());
			}
		});
		assertThat(decisionIds).hasSize(1);
		assertThat(actionIds).hasSize(2);
		JsonNode decision = JSON.readTree(call("GET", base() + "/decisions/" + decisionIds.getFirst(), observer, null).body());
		assertThat(decision.get("status").asString()).isEqualTo("accepted");
		assertThat(decision.get("decidedOn").asString()).isEqualTo("2026-06-10");
		JsonNode action = JSON.readTree(call("GET", base() + "/actions/" + actionIds.getFirst(), observer, null).body());
		assertThat(action.get("ownerId").asLong()).isEqualTo(partner.id());
		assertThat(action.get("origin").get("kind").asString()).isEqualTo("session");
		assertThat(action.get("origin").get("id").asLong()).isEqualTo(sid);

		assertThat(call("PUT", base() + "/sessions/" + sid + "/minutes", coordinator, "{\"text\":\"changed\"}",
				"If-Match", "\"3\"").statusCode()).as("approved minutes are frozen").isEqualTo(409);
		assertThat(call("POST", outcomes, coordinator, "{\"kind\":\"information\",\"text\":\"late\"}").statusCode())
			.isEqualTo(409);
		var addendum = call("POST", base() + "/sessions/" + sid + "/minutes/addenda", coordinator,
				"{\"text\":\"The second pilot is in Zuidoost.\"}");
		assertThat(addendum.statusCode()).isEqualTo(200);
		JsonNode minutes = JSON.readTree(call("GET", base() + "/sessions/" + sid + "/minutes", observer, null).body());
		assertThat(minutes.get("status").asString()).isEqualTo("approved");
		assertThat(minutes.get("text").asString()).isEqualTo("We mapped the grid and chose two pilots.");
		assertThat(minutes.get("comments").get(0).get("amendment").asBoolean()).isTrue();
		assertThat(minutes.get("addenda")).hasSize(1);
		assertThat(call("POST", base() + "/sessions/" + sid + "/cancel", partner, null, "If-Match", "\"4\"").statusCode())
			.isEqualTo(409);

		List<AuditEntry> history = audit.of(Sessions.AUDIT_TYPE, String.valueOf(sid));
		assertThat(history).extracting(e -> e.action().name()).contains("CREATED", "UPDATED");
	}

	@Test
	void theCalendarEventKeepsItsUidRaisesItsSequenceOnChangesAndSaysWhenItIsCancelled() throws Exception {
		String body = """
				{"kind":"steering-meeting","title":"Steering group, spring","start":"2026-04-02T09:30",
				 "timeZone":"Europe/Madrid","durationMinutes":90,"place":"Bilbao, Plaza Ernesto Erkoreka 1",
				 "purpose":"Decide on the pilots; agree the budget"}""";
		long sid = id(call("POST", base() + "/sessions", partner, body));
		VEvent first = event(call("GET", base() + "/sessions/" + sid + ".ics", observer, null, "Accept", "text/calendar"));
		assertThat(first.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
		assertThat(first.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260402T073000Z");
		assertThat(first.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20260402T090000Z");
		assertThat(first.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Bilbao, Plaza Ernesto Erkoreka 1");
		assertThat(first.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Decide on the pilots; agree the budget");
		String uid = first.getProperty("UID").orElseThrow().getValue();

		assertThat(call("PUT", base() + "/sessions/" + sid, partner, body.replace("09:30", "10:00"), "If-Match", "\"0\"")
			.statusCode()).isEqualTo(200);
		VEvent moved = event(call("GET", base() + "/sessions/" + sid + ".ics", observer, null, "Accept", "text/calendar"));
		assertThat(moved.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
		assertThat(moved.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
		assertThat(moved.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260402T080000Z");

		assertThat(call("POST", base() + "/sessions/" + sid + "/cancel", partner, null, "If-Match", "\"1\"").statusCode())
			.isEqualTo(200);
		VEvent cancelled = event(call("GET", base() + "/sessions/" + sid + ".ics", observer, null, "Accept", "text/calendar"));
		assertThat(cancelled.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
		assertThat(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
		assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(call("PUT", base() + "/sessions/" + sid, partner, body, "If-Match", "\"2\"").statusCode()).isEqualTo(409);
	}

	@Test
	void theSecretFeedServesTheSessionsWithoutSignInUntilItIsRevoked() throws Exception {
		id(call("POST", base() + "/sessions", partner, """
				{"kind":"workshop","title":"Feed workshop","start":"2026-05-05T10:00","timeZone":"Europe/Amsterdam",
				 "durationMinutes":60}"""));
		assertThat(call("POST", base() + "/calendar-feed", partner, null).statusCode()).isEqualTo(403);
		var created = call("POST", base() + "/calendar-feed", coordinator, null);
		assertThat(created.statusCode()).isEqualTo(201);
		String url = JSON.readTree(created.body()).get("url").asString();
		assertThat(url).contains("/public/calendar/").endsWith(".ics");
		String path = url.substring(url.indexOf("/public/"));

		var feed = anonymous(path);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		assertThat(calendar.getComponents("VEVENT")).hasSize(1);
		assertThat(JSON.readTree(call("GET", base() + "/calendar-feed", observer, null).body()).get("active").asBoolean())
			.isTrue();

		assertThat(anonymous(path.replace(".ics", "x.ics")).statusCode())
			.isEqualTo(404);
		assertThat(call("DELETE", base() + "/calendar-feed", coordinator, null).statusCode()).isEqualTo(204);
		assertThat(anonymous(path).statusCode()).isEqualTo(404);
	}

	@Test
	void anActionHasOneOwnerFromTheAtelierAnOriginInItAndMovesByItsOwnerOrAPartner() throws Exception {
		long sid = id(call("POST", base() + "/sessions", partner, """
				{"kind":"workshop","title":"Origin","start":"2026-05-05T10:00","timeZone":"Europe/Amsterdam","durationMinutes":60}"""));
		long otherAtelier = newAtelier(outsider);
		long foreignSession = TestUsers.as(outsider, () -> sessionsOf(otherAtelier));

		var bad = call("POST", base() + "/actions", partner, """
				{"title":"","ownerId":%d,"due":"someday","originKind":"session","originId":%d}"""
			.formatted(observer.id(), sid));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(fields(bad)).containsExactlyInAnyOrder("title", "due");
		var foreign = call("POST", base() + "/actions", partner, """
				{"title":"Borrowed","ownerId":%d,"due":"2026-05-20","originKind":"session","originId":%d}"""
			.formatted(observer.id(), foreignSession));
		assertThat(fields(foreign)).containsExactly("origin");
		var notMember = call("POST", base() + "/actions", partner, """
				{"title":"Outside","ownerId":%d,"due":"2026-05-20","originKind":"session","originId":%d}"""
			.formatted(outsider.id(), sid));
		assertThat(fields(notMember)).containsExactly("owner");

		LocalDate past = LocalDate.now().minusDays(5);
		long mine = id(call("POST", base() + "/actions", partner, """
				{"title":"Collect meter data","ownerId":%d,"due":"%s","originKind":"session","originId":%d}"""
			.formatted(observer.id(), past, sid)));
		long theirs = id(call("POST", base() + "/actions", partner, """
				{"title":"Book the room","ownerId":%d,"due":"%s","originKind":"session","originId":%d}"""
			.formatted(partner.id(), LocalDate.now().plusDays(20), sid)));

		JsonNode overdue = JSON.readTree(call("GET", base() + "/actions?overdue=true", observer, null).body());
		assertThat(overdue).hasSize(1);
		assertThat(overdue.get(0).get("id").asLong()).isEqualTo(mine);
		assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();
		assertThat(JSON.readTree(call("GET", base() + "/actions?ownerId=" + partner.id(), observer, null).body()))
			.hasSize(1);
		assertThat(call("GET", base() + "/actions?status=sleeping", observer, null).statusCode()).isEqualTo(400);

		assertThat(call("POST", base() + "/actions/" + theirs + "/status", observer, "{\"status\":\"done\"}",
				"If-Match", "\"0\"").statusCode()).as("an observer moves only their own").isEqualTo(403);
		var drop = call("POST", base() + "/actions/" + mine + "/status", observer, "{\"status\":\"dropped\"}",
				"If-Match", "\"0\"");
		assertThat(fields(drop)).containsExactly("reason");
		var done = call("POST", base() + "/actions/" + mine + "/status", observer, "{\"status\":\"done\"}",
				"If-Match", "\"0\"");
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(done.body()).get("overdue").asBoolean()).isFalse();
		assertThat(call("POST", base() + "/actions/" + mine + "/status", observer, "{\"status\":\"open\"}",
				"If-Match", "\"0\"").statusCode()).isEqualTo(412);

		long assessment = TestUsers.as(coordinator, () -> assessments.open(atelierId,
				org.atelier.method.Phase.ESTABLISHING).id());
		var fromAdvice = call("POST", base() + "/actions", partner, """
				{"title":"Write the value proposition per partner","ownerId":%d,"due":"2026-09-01",
				 "originKind":"assessment","originId":%d}""".formatted(partner.id(), assessment));
		JsonNode origin = JSON.readTree(fromAdvice.body()).get("origin");
		assertThat(origin.get("path").asString()).isEqualTo(base().replace("/api/v1", "") + "/assessments/" + assessment + "/results");
		long adviceAction = JSON.readTree(fromAdvice.body()).get("id").asLong();

		JsonNode myActions = JSON.readTree(call("GET", "/api/v1/me/actions", partner, null).body());
		assertThat(myActions).extracting(a -> a.get("id").asLong()).containsExactly(adviceAction, theirs);
		assertThat(JSON.readTree(call("GET", "/api/v1/me/actions?pending=true", observer, null).body())).isEmpty();
		assertThat(call("GET", base() + "/actions/" + mine, outsider, null).statusCode()).isEqualTo(404);
		assertThat(audit.of(ActionRegister.AUDIT_TYPE, String.valueOf(mine))).hasSize(2);
	}

	@Test
	void theNextSessionOfASeriesOpensWithTheOpenActionsOfTheEarlierOnesAndTheRoutineCheckCountsApprovedMinutes()
			throws Exception {
		var routine = evaluators.stream().filter(e -> e.checkType().equals("session-routine")).findFirst().orElseThrow();
		List<Long> sessions = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			long sid = id(call("POST", base() + "/sessions", partner, """
					{"kind":"steering-meeting","series":"Core team","title":"Core team %d","start":"2026-0%d-01T10:00",
					 "timeZone":"Europe/Amsterdam","durationMinutes":60,"facilitatorId":%d}"""
				.formatted(i, i, coordinator.id())));
			sessions.add(sid);
			call("PUT", base() + "/sessions/" + sid + "/minutes", coordinator, "{\"text\":\"Notes " + i + "\"}",
					"If-Match", "\"0\"");
			if (i == 1) {
				call("POST", base() + "/sessions/" + sid + "/outcomes", coordinator, """
						{"kind":"action","text":"Write the charter","ownerId":%d,"due":"2026-01-20"}""".formatted(partner.id()));
			}
			call("POST", base() + "/sessions/" + sid + "/minutes/status", coordinator, "{\"status\":\"circulated\"}",
					"If-Match", "\"1\"");
			if (i < 3) {
				assertThat(TestUsers.as(coordinator, () -> routine.evaluate(atelierId, Map.of("minimum", "3"))).met())
					.isFalse();
			}
			assertThat(call("POST", base() + "/sessions/" + sid + "/minutes/status", coordinator,
					"{\"status\":\"approved\"}", "If-Match", "\"2\"").statusCode()).isEqualTo(200);
		}
		var finding = TestUsers.as(coordinator, () -> routine.evaluate(atelierId, Map.of("minimum", "3")));
		assertThat(finding.met()).isTrue();
		assertThat(finding.detailArgs()).containsExactly(3, 1);

		List<ActionView> carried = TestUsers.as(coordinator, () -> {
			Sessions service = sessionsService;
			return service.openFromSeries(atelierId, service.get(atelierId, sessions.get(2)));
		});
		assertThat(carried).extracting(ActionView::title).containsExactly("Write the charter");
		assertThat(TestUsers.as(coordinator, () -> sessionsService.openFromSeries(atelierId,
				sessionsService.get(atelierId, sessions.getFirst())))).isEmpty();
	}

	@Autowired
	Sessions sessionsService;

	@Autowired
	org.atelier.assessment.AssessmentService assessments;

	private long sessionsOf(long atelier) {
		return sessionsService.create(atelier, SessionInput.parse("workshop", null, "Elsewhere", null, null,
				"2026-05-05T10:00", "Europe/Amsterdam", "60", null, null, null, null, List.of(), null, List.of(),
				List.of(), List.of())).id();
	}

	private List<ActionView> actions(long atelier) {
		return TestUsers.as(coordinator, () -> sessionsActions.list(atelier, ActionRegister.Filter.ALL));
	}

	@Autowired
	ActionRegister sessionsActions;

	private static VEvent event(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.getFirst();
	}

	private HttpResponse<String> anonymous(String path) throws Exception {
		return java.net.http.HttpClient.newHttpClient().send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "/api/v1/ateliers/" + atelierId;
	}

	private static long id(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).get("id").asLong();
	}

	private static List<String> fields(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		JSON.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private HttpResponse<String> call(String method, String path, AccountView user, String body, String... headers)
			throws Exception {
		return ApiCalls.call(port, method, path, user.username(), TestUsers.PASSWORD, body, ApiCalls.headers(headers));
	}
}
