package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.atelier.energy.EnergyScenarios;
import org.atelier.testsupport.MultipartBody;

/**
 * Matrix rows of the energy workbench: the stateless simulation and calibration API is open to
 * every signed-in user; stored scenarios, their files, runs and calibrations are read by members
 * and changed by partners and coordinators; observers get 403, outsiders 404.
 */
final class MatrixEnergy {

	/** A small scenario that runs without files: model PV, a constant load, a battery and caps. */
	static final String SCENARIO = """
			{"site":{"latitude":52.37,"longitude":4.9,"timezone":"Europe/Amsterdam","year":2025},"stepMinutes":60,
			"pv":[{"name":"Roof","kwp":100,"source":{"type":"model"}}],
			"members":[{"name":"Offices","category":"commercial","load":{"type":"constant","kw":30}}],
			"battery":{"capacityKwh":200,"powerKw":100},"grid":{"importCapKw":40,"exportCapKw":60},
			"strategy":"PEAK_SHAVING","sharing":{"key":"PROPORTIONAL"}}""";

	private MatrixEnergy() {
	}

	static void declare() {
		// --- energy: stateless API
		api("POST", "/api/v1/energy/simulations").json(s -> SCENARIO).expect(401, 200, 200, 200, 200, 200);
		api("POST", "/api/v1/energy/calibrations").json(s -> "{\"modelled\":[1,2,3],\"measured\":[1,2,4]}")
			.expect(401, 200, 200, 200, 200, 200);

		// --- energy: pages
		page("GET", "/ateliers/{id}/energy").path(s -> base(s)).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/energy/new").path(s -> base(s) + "/new").expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/energy").path(s -> base(s)).form(s -> form("Matrix scenario"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/energy/compare").path(s -> base(s) + "/compare?scenario=" + scenario(s)
				+ "&scenario=" + second(s)).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/energy/scenarios/{sid}").path(s -> one(s, "")).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/energy/scenarios/{sid}/edit").path(s -> one(s, "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/energy/scenarios/{sid}/edit").path(s -> one(s, "/edit"))
			.form(s -> form("Matrix edited")).expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/energy/scenarios/{sid}/json").path(s -> one(s, "/json"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/energy/scenarios/{sid}/json").path(s -> one(s, "/json"))
			.form(s -> Map.of("name", "Matrix JSON", "scenario", SCENARIO, "version", "0"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/energy/scenarios/{sid}/sweep")
			.path(s -> one(s, "/sweep?run=1&capacityFrom=0&capacityTo=200&capacityCount=2&capFrom=40&capTo=60&capCount=2"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/energy/scenarios/{sid}/copy").path(s -> one(s, "/copy"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/energy/scenarios/{sid}/delete").path(s -> one(s, "/delete"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/energy/scenarios/{sid}/files").path(s -> one(s, "/files"))
			.multipart(s -> upload()).expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/energy/scenarios/{sid}/files/{fid}").path(s -> one(s, "/files/" + file(s)))
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/energy/scenarios/{sid}/files/{fid}/delete")
			.path(s -> one(s, "/files/" + file(s) + "/delete")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/energy/scenarios/{sid}/run").path(s -> one(s, "/run"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/energy/scenarios/{sid}/runs/{rid}").path(s -> one(s, "/runs/" + run(s)))
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/energy/scenarios/{sid}/runs/{rid}/calibrations")
			.path(s -> one(s, "/runs/" + run(s) + "/calibrations"))
			.form(s -> Map.of("fileId", String.valueOf(file(s)), "quantity", "load"))
			.expect(302, 404, 403, 302, 302, 302);

		// --- energy: stored scenarios API
		api("GET", "/api/v1/ateliers/{id}/energy/scenarios").path(s -> "/api/v1" + base(s) + "/scenarios")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/energy/scenarios").path(s -> "/api/v1" + base(s) + "/scenarios")
			.json(s -> "{\"name\":\"Matrix\",\"scenario\":" + SCENARIO + "}").expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/energy/scenarios/{sid}").path(s -> "/api/v1" + one(s, ""))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/energy/scenarios/{sid}").path(s -> "/api/v1" + one(s, ""))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"name\":\"Matrix 2\",\"scenario\":" + SCENARIO + "}")
			.expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/energy/scenarios/{sid}").path(s -> "/api/v1" + one(s, ""))
			.expect(401, 404, 403, 204, 204, 204);
		api("POST", "/api/v1/ateliers/{id}/energy/scenarios/{sid}/files").path(s -> "/api/v1" + one(s, "/files"))
			.multipart(s -> upload()).expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/energy/scenarios/{sid}/files/{fid}")
			.path(s -> "/api/v1" + one(s, "/files/" + file(s))).expect(401, 404, 200, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/energy/scenarios/{sid}/files/{fid}")
			.path(s -> "/api/v1" + one(s, "/files/" + file(s))).expect(401, 404, 403, 204, 204, 204);
		api("POST", "/api/v1/ateliers/{id}/energy/scenarios/{sid}/run").path(s -> "/api/v1" + one(s, "/run"))
			.expect(401, 404, 403, 201, 201, 201);
		api("POST", "/api/v1/ateliers/{id}/energy/scenarios/{sid}/sweep").path(s -> "/api/v1" + one(s, "/sweep"))
			.json(s -> "{\"batteryCapacityKwh\":{\"values\":[0,100]},\"importCapKw\":{\"values\":[40]}}")
			.expect(401, 404, 403, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/energy/scenarios/{sid}/results").path(s -> "/api/v1" + one(s, "/results"))
			.expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/energy/scenarios/{sid}/results/{rid}")
			.path(s -> "/api/v1" + one(s, "/results/" + run(s))).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/energy/scenarios/{sid}/results/{rid}/calibrations")
			.path(s -> "/api/v1" + one(s, "/results/" + run(s) + "/calibrations"))
			.json(s -> "{\"fileId\":" + file(s) + ",\"quantity\":\"load\"}").expect(401, 404, 403, 201, 201, 201);
	}

	private static Map<String, String> form(String name) {
		return Map.of("name", name, "latitude", "52.37", "longitude", "4.9", "timezone", "Europe/Amsterdam", "year",
				"2025", "stepMinutes", "60", "members[0].name", "Offices", "members[0].loadType", "constant",
				"members[0].kw", "30", "version", "0");
	}

	/** A monitoring file: one measured value per hour of the year. */
	static byte[] monitoring() {
		StringBuilder csv = new StringBuilder("kW\n");
		for (int i = 0; i < 8760; i++) {
			csv.append(28 + (i % 24) / 6).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static MultipartBody upload() {
		return new MultipartBody().field("kind", "monitoring").file("file", "meter.csv", "text/csv", monitoring());
	}

	private static String base(MatrixFixtures.Scene s) {
		return "/ateliers/" + s.atelier() + "/energy";
	}

	private static String one(MatrixFixtures.Scene s, String rest) {
		return base(s) + "/scenarios/" + scenario(s) + rest;
	}

	private static long scenario(MatrixFixtures.Scene s) {
		return s.memo("energy-scenario", () -> s.asCoordinator(
				() -> s.bean(EnergyScenarios.class).create(s.atelier(), "Matrix base", null, SCENARIO).id()));
	}

	private static long second(MatrixFixtures.Scene s) {
		return s.memo("energy-scenario-2", () -> s.asCoordinator(
				() -> s.bean(EnergyScenarios.class).create(s.atelier(), "Matrix other", null, SCENARIO).id()));
	}

	private static long file(MatrixFixtures.Scene s) {
		long scenario = scenario(s);
		return s.memo("energy-file", () -> s.asCoordinator(() -> s.bean(EnergyScenarios.class)
			.upload(s.atelier(), scenario, "meter.csv", "monitoring", monitoring()).id()));
	}

	private static long run(MatrixFixtures.Scene s) {
		long scenario = scenario(s);
		return s.memo("energy-run", () -> s.asCoordinator(() -> s.bean(EnergyScenarios.class)
			.run(s.atelier(), scenario).id()));
	}
}
