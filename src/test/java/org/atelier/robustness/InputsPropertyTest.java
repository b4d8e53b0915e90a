package org.atelier.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.MultipartBody;
import org.atelier.testsupport.Mutations;
import org.atelier.testsupport.RowCounts;
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
 * Every parser and import through its real HTTP entry point, fed random text and valid inputs
 * with one value, line or cell changed, removed or duplicated (jqwik generators for the random
 * text, {@link Mutations} for the structured changes, a seed in every failure message). The
 * property: a 2xx with a complete answer, or a 4xx problem detail naming a field or line, never a
 * 5xx; and after a 4xx the relevant tables hold exactly the rows they held before.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputsPropertyTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	static final String SCENARIO = """
			{"site":{"latitude":52.37,"longitude":4.9,"timezone":"Europe/Amsterdam","year":2025},"stepMinutes":60,
			 "pv":[{"name":"Roof","kwp":20,"tiltDeg":30,"azimuthDeg":180,"source":{"type":"model"}}],
			 "members":[{"name":"Depot","category":"commercial","load":{"type":"constant","kw":10}},
			            {"name":"Homes","category":"resident","load":{"type":"constant","kw":2}}],
			 "battery":{"capacityKwh":10,"powerKw":5},"grid":{"importCapKw":8,"exportCapKw":10},"strategy":"SELF_CONSUMPTION",
			 "sharing":{"key":"PROPORTIONAL","retailPricePerKwh":0.3}}""";

	private static final List<String> ENERGY_TABLES = List.of("energy_scenario", "energy_scenario_file", "energy_run",
			"energy_calibration", "audit_entry");
	private static final List<String> STAKEHOLDER_TABLES = List.of("stakeholder", "stakeholder_commitment",
			"stakeholder_contact", "stakeholder_value", "audit_entry");

	private final long seed = System.nanoTime();
	private final Random random = new Random(seed);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	JdbcClient jdbc;

	AccountView partner;
	long atelierId;

	@BeforeEach
	void atelier() {
		AccountView coordinator = TestUsers.create(accounts, "prop-coord");
		partner = TestUsers.create(accounts, "prop-partner");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Fuzzed"), "Leuven", null, Theme.ENERGY, null,
					null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			return id;
		});
	}

	@Test
	void scenarioSimulationsAnswerAResultOrNameTheField() throws Exception {
		var unmutated = post("/api/v1/energy/simulations", SCENARIO);
		assertThat(unmutated.statusCode()).as("the unmutated scenario runs: " + unmutated.body()).isEqualTo(200);
		for (String scenario : inputs(SCENARIO, 45, 15)) {
			var answer = post("/api/v1/energy/simulations", scenario);
			assertAnswered(answer, scenario);
			if (answer.statusCode() == 200) {
				assertThat(JSON.readTree(answer.body()).has("kpis")).as(answer.body()).isTrue();
			}
		}
	}

	@Test
	void storedScenariosAreSavedOrRefusedWithoutAWrite() throws Exception {
		String base = "/api/v1/ateliers/" + atelierId + "/energy/scenarios";
		String valid = "{\"name\":\"Depot\",\"description\":\"Fuzzed\",\"scenario\":" + SCENARIO + "}";
		for (String body : inputs(valid, 30, 10)) {
			var before = RowCounts.of(jdbc, ENERGY_TABLES);
			var answer = post(base, body);
			assertAnswered(answer, body);
			if (answer.statusCode() >= 400) {
				assertThat(RowCounts.of(jdbc, ENERGY_TABLES)).as("no write after %s (seed %d)", answer.statusCode(), seed)
					.isEqualTo(before);
			}
			else {
				long id = JSON.readTree(answer.body()).get("id").asLong();
				assertAnswered(post(base + "/" + id + "/run", null), "run of " + body);
			}
		}
	}

	@Test
	void seriesFilesAreStoredOrRefusedOnTheirLine() throws Exception {
		String base = "/api/v1/ateliers/" + atelierId + "/energy/scenarios";
		var created = post(base, "{\"name\":\"Files\",\"scenario\":" + SCENARIO + "}");
		long sid = JSON.readTree(created.body()).get("id").asLong();
		String pvgis = org.atelier.energy.engine.PvgisFiles.year(2020, "time,P,G(i),H_sun,T2m,WS10m,Int", false);
		StringBuilder load = new StringBuilder("time;kW\n");
		for (int h = 0; h < 8760; h++) {
			load.append(h).append(';').append(h % 24 < 8 ? "1,5" : "3,25").append('\n');
		}
		Map<String, String> valid = Map.of("pvgis", pvgis, "load", load.toString(), "monitoring", load.toString());
		for (String kind : List.of("pvgis", "load", "monitoring")) {
			List<byte[]> files = new ArrayList<>();
			Arbitraries.strings().ofMaxLength(200).sampleStream().limit(4)
				.forEach(s -> files.add(s.getBytes(StandardCharsets.UTF_8)));
			for (int i = 0; i < 8; i++) {
				String text = valid.get(kind);
				files.add((i % 4 == 3 ? Mutations.utf8(Mutations.bytes(text.getBytes(StandardCharsets.UTF_8), random))
						: Mutations.lines(text, kind.equals("pvgis") ? "," : ";", random)).getBytes(StandardCharsets.UTF_8));
			}
			for (byte[] file : files) {
				var before = RowCounts.of(jdbc, ENERGY_TABLES);
				MultipartBody body = new MultipartBody().field("kind", kind).file("file", kind + ".csv", "text/csv", file);
				var answer = HTTP.send(request(base + "/" + sid + "/files").header("Content-Type", body.contentType())
					.POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString());
				assertAnswered(answer, kind + ": " + Mutations.utf8(file).lines().limit(30).toList());
				if (answer.statusCode() >= 400) {
					assertThat(RowCounts.of(jdbc, ENERGY_TABLES)).as("no write (seed %d)", seed).isEqualTo(before);
				}
			}
		}
	}

	@Test
	void stakeholderImportsAreAllOrNothing() throws Exception {
		String path = "/api/v1/ateliers/" + atelierId + "/stakeholders.csv";
		String header = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body().strip();
		String valid = header + "\n"
				+ "City of Leuven,municipality,government,Owns the land,true,Permits,5,4,true,true,false,supportive,leading,committed\n"
				+ "Residents,community-group,civil-society,,false,,2,5,false,true,true,neutral,supportive,\n"
				+ "\"Grid, operator\",company,industry,\"Says \"\"no\"\"\",false,,4,4,false,false,false,critical,neutral,identified\n";
		for (String csv : inputs(valid, 35, 10, ",")) {
			var before = RowCounts.of(jdbc, STAKEHOLDER_TABLES);
			var answer = HTTP.send(request(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertAnswered(answer, csv);
			if (answer.statusCode() >= 400) {
				assertThat(RowCounts.of(jdbc, STAKEHOLDER_TABLES)).as("all or nothing (seed %d): %s", seed, csv).isEqualTo(before);
			}
		}
	}

	/** Random strings (jqwik) and structured mutations of the valid input. */
	private List<String> inputs(String valid, int mutated, int randomText) {
		return inputs(valid, mutated, randomText, null);
	}

	private List<String> inputs(String valid, int mutated, int randomText, String separator) {
		List<String> all = new ArrayList<>();
		Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), Arbitraries.strings().withChars("{}[]\":,0123456789aeflnrstu-.")
			.ofMaxLength(120)).sampleStream().limit(randomText).forEach(all::add);
		for (int i = 0; i < mutated; i++) {
			String once = separator == null ? Mutations.json(valid, random) : Mutations.lines(valid, separator, random);
			all.add(random.nextInt(4) == 0 && separator == null ? Mutations.json(once, random) : once);
		}
		return all;
	}

	private void assertAnswered(HttpResponse<String> answer, String input) throws Exception {
		String what = "seed " + seed + ", input " + (input.length() > 2000 ? input.substring(0, 2000) + "..." : input)
				+ "\n-> " + answer.statusCode() + " " + answer.body();
		assertThat(answer.statusCode()).as(what).isLessThan(500);
		if (answer.statusCode() >= 400) {
			assertThat(answer.headers().firstValue("Content-Type")).as(what)
				.hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
			if (answer.statusCode() == 400) {
				JsonNode errors = JSON.readTree(answer.body()).get("errors");
				assertThat(errors).as("a 400 names what is wrong: " + what).isNotNull();
				assertThat(errors.size()).as(what).isPositive();
				errors.forEach(e -> assertThat(e.get("field").asString()).as(what).isNotNull());
			}
		}
		else {
			assertThat(answer.statusCode()).as(what).isBetween(200, 299);
		}
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return ApiCalls.call(port, "POST", path, partner.username(), TestUsers.PASSWORD, json, Map.of());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", HttpSession.basic(partner.username(), TestUsers.PASSWORD))
			.header("Accept", "application/json").header("Accept-Language", "en");
	}

}
