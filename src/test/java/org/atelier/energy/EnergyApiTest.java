package org.atelier.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.energy.engine.PvgisFiles;
import org.atelier.hypothesis.EvidenceInput;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.HypothesisInput;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.MultipartBody;
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
 * The energy API over real HTTP: a stateless simulation checked against figures computed by hand,
 * calibration metrics on a hand-computed case, and a stored scenario through its whole life —
 * saved incomplete, its PVGIS file uploaded and checked, run, calibrated against monitoring data,
 * cited as evidence — with the access rules and the errors that name field, line and column.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnergyApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** 10 kW all year, no PV, no battery, import capped at 8 kW: every hour is 2 kW over the cap. */
	private static final String OVERLOADED = """
			{"site":{"latitude":52.37,"longitude":4.9,"timezone":"Europe/Amsterdam","year":2025},"stepMinutes":60,
			 "pv":[],"members":[{"name":"Depot","category":"commercial","load":{"type":"constant","kw":10}}],
			 "grid":{"importCapKw":8},"strategy":"NONE",
			 "sharing":{"key":"PROPORTIONAL","retailPricePerKwh":0.3}}""";

	/** A shared roof whose production comes from an uploaded PVGIS file, a constant office load and a battery. */
	private static final String WITH_PVGIS = """
			{"site":{"latitude":52.37,"longitude":4.9,"timezone":"Europe/Amsterdam","year":2025},"stepMinutes":60,
			 "pv":[{"name":"Roof","kwp":20,"source":{"type":"pvgis","file":"roof.csv"}}],
			 "members":[{"name":"Offices","category":"commercial","load":{"type":"constant","kw":1}}],
			 "battery":{"capacityKwh":10,"powerKw":5},"grid":{"importCapKw":5,"exportCapKw":10},
			 "strategy":"SELF_CONSUMPTION"}""";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	Hypotheses hypotheses;

	@Autowired
	JdbcClient jdbc;

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelierId;

	@BeforeEach
	void atelier() {
		coordinator = TestUsers.create(accounts, "en-coord");
		partner = TestUsers.create(accounts, "en-partner");
		observer = TestUsers.create(accounts, "en-observer");
		outsider = TestUsers.create(accounts, "en-outsider");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Grid-limited"), "Amsterdam", null,
					Theme.ENERGY, null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
	}

	@Test
	void aStatelessSimulationGivesTheFiguresComputedByHand() throws Exception {
		var r = call("POST", "/api/v1/energy/simulations", outsider, OVERLOADED);
		assertThat(r.statusCode()).isEqualTo(200);
		JsonNode k = JSON.readTree(r.body()).get("kpis");
		// 8,760 hours of 10 kW; all of it imported; 2 kW above the 8 kW cap in every hour
		assertThat(k.get("annualLoadKwh").asDouble()).isCloseTo(87_600, within(1e-6));
		assertThat(k.get("gridImportKwh").asDouble()).isCloseTo(87_600, within(1e-6));
		assertThat(k.get("stepsImportOverCap").asInt()).isEqualTo(8760);
		assertThat(k.get("energyImportOverCapKwh").asDouble()).isCloseTo(17_520, within(1e-6));
		assertThat(k.get("peakImportKw").asDouble()).isCloseTo(10, within(1e-9));
		assertThat(k.get("selfSufficiencyRatio").asDouble()).isCloseTo(0, within(1e-9));
		assertThat(k.get("energyBalanceKwh").asDouble()).isCloseTo(-87_600, within(1e-6));
		assertThat(k.get("conservationErrorKwh").asDouble()).isCloseTo(0, within(1e-6));
		JsonNode member = JSON.readTree(r.body()).get("members").get(0);
		assertThat(member.get("billWithoutCommunity").asDouble()).isCloseTo(87_600 * 0.3, within(1e-6));
		assertThat(JSON.readTree(r.body()).has("series")).isFalse();

		var withSeries = call("POST", "/api/v1/energy/simulations?series=true", outsider, OVERLOADED);
		JsonNode series = JSON.readTree(withSeries.body()).get("series");
		assertThat(series.get("gridKw").size()).isEqualTo(8760);
		assertThat(series.get("importCapKw").get(0).asDouble()).isEqualTo(8);
	}

	@Test
	void aScenarioWithProblemsIsRefusedWithEveryFieldNamed() throws Exception {
		var bad = call("POST", "/api/v1/energy/simulations", partner, """
				{"site":{"latitude":152,"longitude":4.9,"timezone":"Nowhere/Town","year":2025},"stepMinutes":60,
				 "members":[{"name":"A","category":"castle","load":{"type":"constant","kw":-3}}]}""");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(fields(bad)).contains("site.latitude", "site.timezone", "members[0].category", "members[0].load.kw");
		assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at org.");

		var wrongType = call("POST", "/api/v1/energy/simulations", partner, "{\"stepMinutes\":\"quarter\"}");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(fields(wrongType)).contains("stepMinutes");

		var fileRef = call("POST", "/api/v1/energy/simulations", partner, WITH_PVGIS);
		assertThat(fileRef.statusCode()).isEqualTo(400);
		assertThat(fields(fileRef)).contains("pv[0].source.file");

		var dutch = call("POST", "/api/v1/energy/calibrations", partner, "{\"modelled\":[1,2],\"measured\":[1,2,3]}",
				"Accept-Language", "nl");
		assertThat(dutch.statusCode()).isEqualTo(400);
		assertThat(dutch.body()).contains("De gemeten reeks heeft 3 waarden maar het model 2");
	}

	@Test
	void calibrationMetricsMatchAHandComputedCase() throws Exception {
		var r = call("POST", "/api/v1/energy/calibrations", observer, "{\"modelled\":[1,2,3],\"measured\":[1,2,4]}");
		assertThat(r.statusCode()).isEqualTo(200);
		JsonNode m = JSON.readTree(r.body());
		// mean 7/3, errors (0, 0, 1), n − p = 2: NMBE = 1 / (2 · 7/3) = 3/14; CV(RMSE) = √(1/2) / (7/3)
		assertThat(m.get("nmbePercent").asDouble()).isCloseTo(300.0 / 14, within(1e-9));
		assertThat(m.get("cvrmsePercent").asDouble()).isCloseTo(Math.sqrt(0.5) * 3 / 7 * 100, within(1e-9));
		assertThat(m.get("withinGuideline14Hourly").asBoolean()).isFalse();
	}

	@Test
	void aStoredScenarioIsSavedIncompleteGetsItsFileRunsAndIsCalibrated() throws Exception {
		String base = "/api/v1/ateliers/" + atelierId + "/energy/scenarios";
		String body = "{\"name\":\"Roof and battery\",\"description\":\"PVGIS roof\",\"scenario\":" + WITH_PVGIS + "}";
		assertThat(call("POST", base, observer, body).statusCode()).isEqualTo(403);
		assertThat(call("POST", base, outsider, body).statusCode()).isEqualTo(404);
		var created = call("POST", base, partner, body);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
		JsonNode s = JSON.readTree(created.body());
		long id = s.get("id").asLong();
		assertThat(s.get("runnable").asBoolean()).isFalse();
		assertThat(s.get("problems").get(0).get("field").asString()).isEqualTo("pv[0].source.file");
		assertThat(s.get("scenario").get("pv").get(0).get("kwp").asDouble()).isEqualTo(20);

		// running before the file is there names the missing file; nothing is stored
		var early = call("POST", base + "/" + id + "/run", partner, null);
		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(fields(early)).contains("scenario.pv[0].source.file");
		assertThat(runs(id)).isZero();

		// a broken file is refused with line and column; a binary one as not text
		String pvgis = PvgisFiles.year(2019, "time,P,G(i),H_sun,T2m,WS10m,Int", false);
		String broken = pvgis.replaceFirst("20190101:0310,30.0", "20190101:0310,thirty");
		var refused = upload(base + "/" + id + "/files", partner, "pvgis", "roof.csv", broken.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Line 15, column 2");
		var binary = upload(base + "/" + id + "/files", partner, "load", "roof.csv", new byte[] { 0, 1, 2, (byte) 0xff });
		assertThat(binary.statusCode()).isEqualTo(400);
		assertThat(fields(binary)).containsExactly("file");
		assertThat(upload(base + "/" + id + "/files", observer, "pvgis", "roof.csv", pvgis.getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(403);

		var stored = upload(base + "/" + id + "/files", partner, "pvgis", "roof.csv", pvgis.getBytes(StandardCharsets.UTF_8));
		assertThat(stored.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(stored.body()).get("values").asInt()).isEqualTo(8760);
		JsonNode now = JSON.readTree(call("GET", base + "/" + id, observer, null).body());
		assertThat(now.get("runnable").asBoolean()).isTrue();
		assertThat(now.get("version").asInt()).isEqualTo(1);

		var run = call("POST", base + "/" + id + "/run", partner, null);
		assertThat(run.statusCode()).isEqualTo(201);
		JsonNode result = JSON.readTree(run.body());
		long runId = result.get("id").asLong();
		JsonNode kpis = result.get("result").get("kpis");
		// the file's P is hour × 10 W for 2 kWp, scaled to 20 kWp: 10 × Σh·10 W = 27.6 kWh a day
		assertThat(kpis.get("annualPvKwh").asDouble()).isCloseTo(365 * 27.6, within(1.0));
		assertThat(kpis.get("annualLoadKwh").asDouble()).isCloseTo(8760, within(1e-6));
		assertThat(kpis.get("conservationErrorKwh").asDouble()).isCloseTo(0, within(1e-6));
		assertThat(result.get("current").asBoolean()).isTrue();

		var withSeries = JSON.readTree(call("GET", base + "/" + id + "/results/" + runId + "?series=true", observer, null)
			.body());
		JsonNode load = withSeries.get("result").get("series").get("loadKw");
		assertThat(load.size()).isEqualTo(8760);
		assertThat(load.get(100).asDouble()).isCloseTo(1, within(1e-6));

		// monitoring data: the measured load is 10 % above the model in every hour
		StringBuilder measured = new StringBuilder("kW\n");
		for (int i = 0; i < 8760; i++) {
			measured.append("1.1\n");
		}
		var meter = upload(base + "/" + id + "/files", partner, "monitoring", "meter.csv",
				measured.toString().getBytes(StandardCharsets.UTF_8));
		long meterId = JSON.readTree(meter.body()).get("id").asLong();
		// monitoring files do not change the scenario, so the run stays current
		assertThat(JSON.readTree(call("GET", base + "/" + id, observer, null).body()).get("version").asInt()).isEqualTo(1);
		var calibrated = call("POST", base + "/" + id + "/results/" + runId + "/calibrations", partner,
				"{\"fileId\":" + meterId + ",\"quantity\":\"load\"}");
		assertThat(calibrated.statusCode()).isEqualTo(201);
		JsonNode metrics = JSON.readTree(calibrated.body()).get("metrics");
		// every error is 0.1 on a mean of 1.1: NMBE = 0.1·n / ((n − 1)·1.1), CV(RMSE) = √(0.01·n/(n − 1)) / 1.1
		double n = 8760;
		assertThat(metrics.get("nmbePercent").asDouble()).isCloseTo(0.1 * n / ((n - 1) * 1.1) * 100, within(1e-3));
		assertThat(metrics.get("cvrmsePercent").asDouble()).isCloseTo(Math.sqrt(0.01 * n / (n - 1)) / 1.1 * 100, within(1e-3));
		assertThat(metrics.get("withinGuideline14Hourly").asBoolean()).isTrue();
		var wrongLength = upload(base + "/" + id + "/files", partner, "monitoring", "short.csv",
				"1\n2\n3\n".getBytes(StandardCharsets.UTF_8));
		long shortId = JSON.readTree(wrongLength.body()).get("id").asLong();
		var refusedCalibration = call("POST", base + "/" + id + "/results/" + runId + "/calibrations", partner,
				"{\"fileId\":" + shortId + ",\"quantity\":\"load\"}");
		assertThat(refusedCalibration.statusCode()).isEqualTo(400);
		assertThat(refusedCalibration.body()).contains("3 values but the model has 8,760");

		// the run and the calibration can be cited as evidence by a hypothesis of the same atelier
		long hypothesis = TestUsers.as(partner, () -> hypotheses.create(atelierId,
				HypothesisInput.parse("A battery keeps the roof's surplus on site", "feasibility", "4", "1", null, null,
						null, null)).id());
		var evidence = TestUsers.as(partner, () -> hypotheses.addEvidence(atelierId, hypothesis,
				EvidenceInput.parse("energy-run", runId, null, null, "supports", "2", null)));
		assertThat(evidence.title()).contains("Roof and battery");
		assertThat(evidence.path()).isEqualTo("/ateliers/" + atelierId + "/energy/scenarios/" + id + "/runs/" + runId);

		// editing needs If-Match; a changed scenario leaves the earlier run marked as not current
		String edit = "{\"name\":\"Roof and bigger battery\",\"scenario\":" + WITH_PVGIS.replace("\"capacityKwh\":10",
				"\"capacityKwh\":40") + "}";
		assertThat(call("PUT", base + "/" + id, partner, edit).statusCode()).isEqualTo(428);
		assertThat(call("PUT", base + "/" + id, partner, edit, "If-Match", "\"0\"").statusCode()).isEqualTo(412);
		var edited = call("PUT", base + "/" + id, partner, edit, "If-Match", "\"1\"");
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(call("GET", base + "/" + id + "/results/" + runId, observer, null).body()).get("current")
			.asBoolean()).isFalse();

		// another atelier cannot reach this one's scenario, file or run
		long other = TestUsers.as(outsider, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Elsewhere"),
				"Bilbao", null, Theme.ENERGY, null, null, null)).id());
		String foreign = "/api/v1/ateliers/" + other + "/energy/scenarios/" + id;
		assertThat(call("GET", foreign, outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", foreign + "/results/" + runId, outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", foreign + "/files/" + meterId, outsider, null).statusCode()).isEqualTo(404);

		var list = JSON.readTree(call("GET", base, observer, null).body());
		assertThat(list.get(0).get("latestRun").get("id").asLong()).isEqualTo(runId);

		assertThat(call("DELETE", base + "/" + id, observer, null).statusCode()).isEqualTo(403);
		assertThat(call("DELETE", base + "/" + id, partner, null).statusCode()).isEqualTo(204);
		assertThat(runs(id)).isZero();
		assertThat(call("GET", base + "/" + id, partner, null).statusCode()).isEqualTo(404);
	}

	private int runs(long scenarioId) {
		return jdbc.sql("select count(*) from energy_run where scenario_id = :s").param("s", scenarioId)
			.query(Integer.class).single();
	}

	private HttpResponse<String> call(String method, String path, AccountView who, String json, String... headers)
			throws Exception {
		return ApiCalls.call(port, method, path, who.username(), TestUsers.PASSWORD, json, ApiCalls.headers(headers));
	}

	private HttpResponse<String> upload(String path, AccountView who, String kind, String name, byte[] content)
			throws Exception {
		MultipartBody body = new MultipartBody().field("kind", kind).file("file", name, "text/csv", content);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", HttpSession.basic(who.username(), TestUsers.PASSWORD))
			.header("Accept", "application/json").header("Accept-Language", "en")
			.header("Content-Type", body.contentType()).POST(body.publisher()).build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> fields(HttpResponse<String> response) {
		List<String> out = new ArrayList<>();
		JSON.readTree(response.body()).get("errors").forEach(e -> out.add(e.get("field").asString()));
		return out;
	}
}
