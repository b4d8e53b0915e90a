package org.atelier.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report API and pages over real HTTP, against figures made through the other modules'
 * services: the dashboard counts what was recorded, the exports carry the records without
 * formula injection, erased contacts or other ateliers, and the portfolio counts only the
 * ateliers the viewer may see.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext beans;

	ReportFixture f;

	@BeforeEach
	void atelier() {
		f = new ReportFixture(beans, "rep");
	}

	@Test
	void theDashboardCountsWhatTheAtelierRecorded() throws Exception {
		var answer = ReportFixture.get(port, "/api/v1/ateliers/" + f.atelierId + "/dashboard", f.observer, "application/json", "en");
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(answer.body());
		assertThat(body.at("/atelier/name").asString()).isEqualTo(f.name);
		JsonNode s = body.get("sections");
		assertThat(s.at("/phase/phase").asString()).isEqualTo("ESTABLISHING");
		assertThat(s.at("/phase/nextPhase").asString()).isEqualTo("MATURING");
		assertThat(s.at("/actions/open").asLong()).isEqualTo(2);
		assertThat(s.at("/actions/overdue").asLong()).isEqualTo(1);
		assertThat(s.at("/actions/overdueActions/0/title").asString()).isEqualTo(ReportFixture.FORMULA_TITLE);
		assertThat(s.at("/decisions/total").asLong()).isEqualTo(1);
		assertThat(s.at("/decisions/recent/0/title").asString()).isEqualTo("Start the heat pilot");
		assertThat(count(s.at("/hypotheses/byStatus"), "OPEN")).isEqualTo(1);
		assertThat(count(s.at("/hypotheses/byStatus"), "TESTING")).isZero();
		assertThat(s.at("/commitment/total").asLong()).isEqualTo(2);
		assertThat(s.at("/commitment/onBoard").asLong()).isEqualTo(1);
		assertThat(count(s.at("/commitment/byStatus"), "COMMITTED")).isEqualTo(1);
		assertThat(count(s.at("/commitment/byStatus"), "IDENTIFIED")).isEqualTo(1);
		assertThat(s.at("/funding/cliff").asBoolean()).isTrue();
		assertThat(s.at("/funding/concentration").asBoolean()).isTrue();
		assertThat(s.at("/funding/hhiPoints").asInt()).as("one source: 100 % squared").isEqualTo(10_000);
		assertThat(s.at("/funding/quarters").size()).isEqualTo(12);
		assertThat(s.at("/funding/quarters/0/firm").asDouble()).isPositive();
		assertThat(s.at("/funding/quarters/3/firm").asDouble()).as("the grant has ended by then").isZero();
		JsonNode vision = null;
		for (JsonNode block : s.at("/blocks/blocks")) {
			if (block.get("key").asString().equals("vision-mission-strategy")) {
				vision = block;
			}
		}
		assertThat(vision).isNotNull();
		assertThat(vision.get("score").asDouble()).isEqualTo(2.0);

		String etag = answer.headers().firstValue("ETag").orElseThrow();
		// the same figures answer 304 to a conditional read
		var conditional = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/ateliers/" + f.atelierId + "/dashboard"))
			.header("Authorization", HttpSession.basic(f.observer.username(), TestUsers.PASSWORD))
			.header("Accept-Language", "en").header("If-None-Match", etag).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(conditional.statusCode()).isEqualTo(304);

		// the page shows the same figures, chart data in attributes and tables beside the charts
		HttpSession browser = new HttpSession(port);
		browser.signIn(f.observer.username(), TestUsers.PASSWORD);
		String page = browser.get("/ateliers/" + f.atelierId + "/dashboard").body();
		assertThat(page).contains("data-figure=\"overdue-actions\">1<").contains("data-figure=\"open-actions\">2<")
			.contains("id=\"blocks-table\"").contains("id=\"hypotheses-table\"").contains("data-chart=")
			.contains("1 of 2 organisations are on board").contains("Start the heat pilot")
			.contains("data-figure=\"funding-cliff\"").contains("id=\"funding-quarters\"")
			.contains("/ateliers/" + f.atelierId + "/exports/lessons.csv");
	}

	@Test
	void exportsCarryTheRecordsSafelyAndOnlyToMembers() throws Exception {
		String base = "/api/v1/ateliers/" + f.atelierId + "/exports/";
		var actions = ReportFixture.get(port, base + "actions.csv", f.observer, "text/csv", "en");
		assertThat(actions.statusCode()).isEqualTo(200);
		assertThat(actions.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"atelier-" + f.atelierId + "-actions.csv\"");
		String csv = new String(actions.body(), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.getFirst()).startsWith("id,title,description,owner,due,status,overdue");
		assertThat(lines).hasSize(3);
		// a formula is neutralised with a leading apostrophe, then quoted for its commas and quotes
		assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",")
			.contains(",'+31 20 555 0101,").doesNotContain(",=HYPERLINK");

		var stakeholders = new String(ReportFixture.get(port, base + "stakeholders.csv", f.observer, "text/csv", "en").body(),
				StandardCharsets.UTF_8);
		assertThat(stakeholders).contains("'@Neighbours association").contains("Ane Etxeberria (Director) <ane@example.org>")
			.doesNotContain("Jon Erased").doesNotContain("jon@example.org");

		var lessons = JSON.readTree(ReportFixture.get(port, base + "lessons.json", f.observer, "application/json", "en").body());
		assertThat(lessons).hasSize(1);
		assertThat(lessons.get(0).get("title").asString()).isEqualTo("Start small with the heat pilot");
		assertThat(lessons.get(0).get("summary").asString()).as("JSON keeps values as they are")
			.isEqualTo("-A pilot of ten homes convinced the board.");
		assertThat(lessons.get(0).get("visibility").asString()).isEqualTo("members");
		var decisions = JSON.readTree(ReportFixture.get(port, base + "decisions.json", f.observer, "application/json", "en").body());
		assertThat(decisions.get(0).get("status").asString()).isEqualTo("accepted");

		assertThat(ReportFixture.get(port, base + "minutes.csv", f.observer, "text/csv", "en").statusCode()).isEqualTo(404);
		// another atelier's member learns nothing about this one, through the API or the pages
		assertThat(ReportFixture.get(port, base + "actions.csv", f.outsider, "text/csv", "en").statusCode()).isEqualTo(404);
		assertThat(ReportFixture.get(port, base + "lessons.json", f.outsider, "application/json", "en").statusCode())
			.isEqualTo(404);
		assertThat(ReportFixture.get(port, "/api/v1/ateliers/" + f.atelierId + "/dashboard", f.outsider, "application/json",
				"en").statusCode()).isEqualTo(404);
		assertThat(ReportFixture.get(port, "/api/v1/ateliers/" + f.atelierId + "/report.pdf", f.outsider, "application/pdf",
				"en").statusCode()).isEqualTo(404);
		HttpSession outsider = new HttpSession(port);
		outsider.signIn(f.outsider.username(), TestUsers.PASSWORD);
		assertThat(outsider.get("/ateliers/" + f.atelierId + "/dashboard").statusCode()).isEqualTo(404);
		assertThat(outsider.get("/ateliers/" + f.atelierId + "/exports/stakeholders.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void thePortfolioCountsOnlyTheAteliersTheViewerMaySee() throws Exception {
		JsonNode mine = JSON.readTree(ReportFixture.get(port, "/api/v1/portfolio", f.observer, "application/json", "en").body());
		List<Long> ids = ids(mine.get("ateliers"));
		assertThat(ids).contains(f.atelierId).doesNotContain(f.otherAtelierId);
		long counted = 0;
		for (JsonNode t : mine.at("/sections/phases")) {
			counted += t.get("count").asLong();
		}
		assertThat(counted).isEqualTo(ids.size());
		assertThat(ids(mine.at("/sections/overdue"), "atelierId")).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(ids(mine.at("/sections/heatmap/rows"), "atelierId")).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(ids(mine.at("/sections/funding"), "atelierId")).containsExactlyInAnyOrderElementsOf(ids);
		for (JsonNode o : mine.at("/sections/funding")) {
			if (o.get("atelierId").asLong() == f.atelierId) {
				assertThat(o.get("cliff").asBoolean()).isTrue();
			}
		}
		for (JsonNode o : mine.at("/sections/overdue")) {
			if (o.get("atelierId").asLong() == f.atelierId) {
				assertThat(o.get("overdue").asLong()).isEqualTo(1);
			}
		}

		JsonNode theirs = JSON.readTree(ReportFixture.get(port, "/api/v1/portfolio", f.outsider, "application/json", "en").body());
		assertThat(ids(theirs.get("ateliers"))).contains(f.otherAtelierId).doesNotContain(f.atelierId);

		HttpSession browser = new HttpSession(port);
		browser.signIn(f.observer.username(), TestUsers.PASSWORD);
		String page = browser.get("/portfolio").body();
		assertThat(page).contains(f.name).doesNotContain(f.otherName)
			.contains("/ateliers/" + f.atelierId + "/dashboard").doesNotContain("/ateliers/" + f.otherAtelierId + "/");
	}

	private static long count(JsonNode tallies, String key) {
		for (JsonNode t : tallies) {
			if (t.get("key").asString().equals(key)) {
				return t.get("count").asLong();
			}
		}
		throw new AssertionError("no tally " + key);
	}

	private static List<Long> ids(JsonNode list) {
		return ids(list, "id");
	}

	private static List<Long> ids(JsonNode list, String field) {
		List<Long> ids = new ArrayList<>();
		list.forEach(n -> ids.add(n.get(field).asLong()));
		return ids;
	}
}
