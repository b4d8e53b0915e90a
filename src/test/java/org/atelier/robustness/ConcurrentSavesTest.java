package org.atelier.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two people save the same record at the same moment, both from the version they read: the two
 * saves really run together (two threads released by one latch), exactly one wins, the other gets
 * 412, never a 500, and the stored record is exactly the winner's (no lost update, no mix).
 * Runs on H2 and, in the PostgreSQL leg, on PostgreSQL.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentSavesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SCENARIO = """
			{"site":{"latitude":52.37,"longitude":4.9,"timezone":"Europe/Amsterdam","year":2025},"stepMinutes":60,
			 "pv":[],"members":[{"name":"Depot","category":"commercial","load":{"type":"constant","kw":10}}],
			 "grid":{"importCapKw":8},"strategy":"NONE"}""";

	/** Rounds per record type: each round is a fresh race from the latest version. */
	private static final int ROUNDS = 3;

	private static ExecutorService threads;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	AccountView anna;
	AccountView bram;
	long atelierId;

	@BeforeAll
	static void twoThreads() {
		threads = Executors.newFixedThreadPool(2);
	}

	@AfterAll
	static void stop() {
		threads.shutdownNow();
	}

	@BeforeEach
	void twoCoordinators() {
		anna = TestUsers.create(accounts, "race-anna");
		bram = TestUsers.create(accounts, "race-bram");
		atelierId = TestUsers.as(anna, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Race"), "Ghent", null, Theme.ENERGY, null,
					null, null)).id();
			members.add(id, bram.username(), "COORDINATOR");
			return id;
		});
	}

	@Test
	void theAtelierItself() throws Exception {
		race("/api/v1/ateliers/" + atelierId, who -> """
				{"name":"%s","city":"Ghent","district":"North","theme":"energy","challenge":"Full grid",
				 "description":"Saved by %s","startDate":"2026-03-01"}""".formatted(TestUsers.uniqueName(who), who),
				saved -> saved.get("description").asString());
	}

	@Test
	void aHypothesis() throws Exception {
		String record = created(base("/hypotheses"), """
				{"statement":"Neighbours share a battery","category":"desirability","importance":4}""");
		race(record, who -> """
				{"statement":"Neighbours share a battery (%s)","category":"desirability","importance":4}""".formatted(who),
				saved -> saved.get("statement").asString());
	}

	@Test
	void aDecision() throws Exception {
		String record = created(base("/decisions"), """
				{"title":"Battery at the school","decision":"Place a 200 kWh battery","options":["Battery","Wait"]}""");
		race(record, who -> """
				{"title":"Battery at the school","decision":"Decided by %s","options":["Battery","Wait"]}""".formatted(who),
				saved -> saved.get("decision").asString());
	}

	@Test
	void anEnergyScenario() throws Exception {
		String record = created(base("/energy/scenarios"), "{\"name\":\"Depot\",\"scenario\":" + SCENARIO + "}");
		race(record, who -> "{\"name\":\"Depot by " + who + "\",\"scenario\":" + SCENARIO + "}",
				saved -> saved.get("name").asString());
	}

	@Test
	void aFundingSource() throws Exception {
		String record = created(base("/funding-sources"), """
				{"type":"in-kind","funder":"Port","amountPerYear":1000,"start":"2026-01-01","status":"received"}""");
		race(record, who -> """
				{"type":"in-kind","funder":"Port via %s","amountPerYear":1000,"start":"2026-01-01","status":"received"}"""
			.formatted(who), saved -> saved.get("funder").asString());
	}

	/** Through the pages: both edit forms read version 0; one save redirects, the other shows the conflict view. */
	@Test
	void aHypothesisThroughItsEditPage() throws Exception {
		String record = created(base("/hypotheses"), """
				{"statement":"Shops open their roofs","category":"viability","importance":3}""");
		String edit = "/ateliers/" + atelierId + "/hypotheses/" + record.substring(record.lastIndexOf('/') + 1) + "/edit";
		List<org.atelier.testsupport.HttpSession> browsers = new ArrayList<>();
		for (AccountView who : List.of(anna, bram)) {
			var browser = new org.atelier.testsupport.HttpSession(port);
			assertThat(browser.signIn(who.username(), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
			assertThat(browser.get(edit).statusCode()).isEqualTo(200);
			browsers.add(browser);
		}
		var go = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> saves = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			var browser = browsers.get(i);
			String statement = "Shops open their roofs, says " + (i == 0 ? anna : bram).username();
			saves.add(threads.submit(() -> {
				go.await();
				return browser.postForm(edit, java.util.Map.of("statement", statement, "category", "viability",
						"importance", "3", "evidenceStrength", "0", "version", "0"));
			}));
		}
		go.countDown();
		var first = saves.get(0).get(60, TimeUnit.SECONDS);
		var second = saves.get(1).get(60, TimeUnit.SECONDS);
		assertThat(List.of(first.statusCode(), second.statusCode())).as(first.body() + second.body())
			.containsExactlyInAnyOrder(302, 200);
		var loser = first.statusCode() == 200 ? first : second;
		assertThat(loser.body()).contains("Someone else changed this record");
		String winner = (first.statusCode() == 302 ? anna : bram).username();
		var stored = ApiCalls.call(port, "GET", record, anna.username(), TestUsers.PASSWORD, null, java.util.Map.of());
		assertThat(JSON.readTree(stored.body()).get("statement").asString()).endsWith(winner);
		// the loser's view shows what the winner saved
		assertThat(loser.body()).contains(winner);
	}

	/**
	 * Each round: both read the same ETag, then save at once. One 200, one 412; what is stored is
	 * the winner's text, and the ETag moved on by exactly one save.
	 */
	private void race(String path, java.util.function.Function<String, String> bodyBy,
			java.util.function.Function<JsonNode, String> savedText) throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			var read = ApiCalls.call(port, "GET", path, anna.username(), TestUsers.PASSWORD, null, java.util.Map.of());
			assertThat(read.statusCode()).isEqualTo(200);
			String etag = read.headers().firstValue("ETag").orElseThrow();

			var go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> saves = new ArrayList<>();
			for (AccountView who : List.of(anna, bram)) {
				String body = bodyBy.apply(who.username() + "-" + round);
				saves.add(threads.submit(() -> {
					go.await();
					return ApiCalls.call(port, "PUT", path, who.username(), TestUsers.PASSWORD, body,
							ApiCalls.headers("If-Match", etag));
				}));
			}
			go.countDown();
			var first = saves.get(0).get(60, TimeUnit.SECONDS);
			var second = saves.get(1).get(60, TimeUnit.SECONDS);

			List<Integer> statuses = List.of(first.statusCode(), second.statusCode());
			assertThat(statuses).as("round %d on %s: %s / %s", round, path, first.body(), second.body())
				.containsExactlyInAnyOrder(200, 412);
			var loser = first.statusCode() == 412 ? first : second;
			assertThat(loser.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
			assertThat(loser.body()).contains("changed by someone else");
			String winner = (first.statusCode() == 200 ? anna : bram).username() + "-" + round;

			var after = ApiCalls.call(port, "GET", path, bram.username(), TestUsers.PASSWORD, null, java.util.Map.of());
			assertThat(savedText.apply(JSON.readTree(after.body()))).contains(winner);
			assertThat(after.headers().firstValue("ETag")).hasValue(next(etag));
		}
	}

	private static String next(String etag) {
		return "\"" + (Long.parseLong(etag.replace("\"", "").replace("W/", "")) + 1) + "\"";
	}

	private String created(String path, String json) throws Exception {
		var created = ApiCalls.call(port, "POST", path, anna.username(), TestUsers.PASSWORD, json, java.util.Map.of());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return path + "/" + JSON.readTree(created.body()).get("id").asLong();
	}

	private String base(String rest) {
		return "/api/v1/ateliers/" + atelierId + rest;
	}
}
