package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.util.Map;

import org.atelier.governance.DecisionInput;
import org.atelier.governance.DecisionLog;
import org.atelier.governance.GovernanceRecords;
import org.atelier.governance.RaciMatrix;
import org.atelier.governance.RoleInput;

/**
 * Matrix rows of the governance module: members read the arrangement, the RACI matrix and the
 * decision log; partners and coordinators change them; observers get 403, outsiders 404.
 */
final class MatrixGovernance {

	private MatrixGovernance() {
	}

	static void declare() {
		// --- governance: pages
		page("GET", "/ateliers/{id}/governance").path(s -> gov(s, "")).expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/governance/mandate").path(s -> gov(s, "/mandate"))
			.form(s -> Map.of("mandate", "Matrix mandate", "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/roles").path(s -> gov(s, "/roles"))
			.form(s -> Map.of("kind", "CHAIR", "holderName", "Matrix chair")).expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/governance/roles/{roleId}/edit").path(s -> gov(s, "/roles/" + role(s) + "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/governance/roles/{roleId}/edit").path(s -> gov(s, "/roles/" + role(s) + "/edit"))
			.form(s -> Map.of("kind", "CHAIR", "holderName", "Matrix chair", "version", "0"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/roles/{roleId}/delete")
			.path(s -> gov(s, "/roles/" + role(s) + "/delete")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/levels").path(s -> gov(s, "/levels"))
			.form(s -> Map.of("levelName", "Matrix board")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/levels/{levelId}/move")
			.path(s -> gov(s, "/levels/" + level(s) + "/move")).form(s -> Map.of("direction", "up"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/levels/{levelId}/delete")
			.path(s -> gov(s, "/levels/" + level(s) + "/delete")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/strategy-links").path(s -> gov(s, "/strategy-links"))
			.form(s -> Map.of("linkTitle", "Matrix plan")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/strategy-links/{linkId}/delete")
			.path(s -> gov(s, "/strategy-links/" + link(s) + "/delete")).expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/governance/raci").path(s -> gov(s, "/raci")).expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/governance/raci").path(s -> gov(s, "/raci"))
			.form(s -> Map.of("responsibility", "Matrix budget", "letters[City]", "A"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/raci/{rowId}").path(s -> gov(s, "/raci/" + raciRow(s)))
			.form(s -> Map.of("responsibility", "Matrix budget", "letters[City]", "A", "version", "0"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/governance/raci/{rowId}/delete").path(s -> gov(s, "/raci/" + raciRow(s) + "/delete"))
			.expect(302, 404, 403, 302, 302, 302);

		// --- governance: decision log pages
		page("GET", "/ateliers/{id}/decisions").path(s -> dec(s, "")).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/decisions/new").path(s -> dec(s, "/new")).expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/decisions").path(s -> dec(s, ""))
			.form(s -> Map.of("title", "Matrix decision", "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/decisions/{did}").path(s -> dec(s, "/" + proposed(s)))
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/decisions/{did}/edit").path(s -> dec(s, "/" + proposed(s) + "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/decisions/{did}/edit").path(s -> dec(s, "/" + proposed(s) + "/edit"))
			.form(s -> Map.of("title", "Matrix edited", "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/decisions/{did}/decide").path(s -> dec(s, "/" + proposed(s) + "/decide"))
			.form(s -> Map.of("outcome", "rejected", "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/decisions/{did}/supersede").path(s -> dec(s, "/" + accepted(s) + "/supersede"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/decisions/{did}/supersede").path(s -> dec(s, "/" + accepted(s) + "/supersede"))
			.form(s -> Map.of("title", "Matrix new", "decision", "New", "decidedBy", "Board", "decidedOn", "2026-11-01",
					"version", "0"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/decisions/{did}/implementation")
			.path(s -> dec(s, "/" + accepted(s) + "/implementation")).form(s -> Map.of("implementation", "DONE"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/decisions/{did}/links").path(s -> dec(s, "/" + accepted(s) + "/links"))
			.form(s -> Map.of("target", "decision:" + proposed(s))).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/decisions/{did}/links/delete").path(s -> dec(s, "/" + linked(s) + "/links/delete"))
			.form(s -> Map.of("kind", "decision", "targetId", String.valueOf(proposed(s))))
			.expect(302, 404, 403, 302, 302, 302);

		// --- governance: API
		api("GET", "/api/v1/ateliers/{id}/mandate").path(s -> rest(s, "/mandate")).expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/mandate").path(s -> rest(s, "/mandate")).headers(s -> Map.of("If-Match", "\"0\""))
			.json(s -> "{\"mandate\":\"Matrix\"}").expect(401, 404, 403, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/roles").path(s -> rest(s, "/roles")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/roles").path(s -> rest(s, "/roles"))
			.json(s -> "{\"kind\":\"chair\",\"holderName\":\"Matrix\"}").expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/roles/{roleId}").path(s -> rest(s, "/roles/" + role(s)))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/roles/{roleId}").path(s -> rest(s, "/roles/" + role(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"kind\":\"chair\",\"holderName\":\"Matrix 2\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/roles/{roleId}").path(s -> rest(s, "/roles/" + role(s)))
			.expect(401, 404, 403, 204, 204, 204);
		api("GET", "/api/v1/ateliers/{id}/escalation-levels").path(s -> rest(s, "/escalation-levels"))
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/escalation-levels").path(s -> rest(s, "/escalation-levels"))
			.json(s -> "{\"name\":\"Matrix\"}").expect(401, 404, 403, 201, 201, 201);
		api("PUT", "/api/v1/ateliers/{id}/escalation-levels/{levelId}").path(s -> rest(s, "/escalation-levels/" + level(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"name\":\"Matrix 2\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/escalation-levels/{levelId}")
			.path(s -> rest(s, "/escalation-levels/" + level(s))).expect(401, 404, 403, 204, 204, 204);
		api("GET", "/api/v1/ateliers/{id}/strategy-links").path(s -> rest(s, "/strategy-links"))
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/strategy-links").path(s -> rest(s, "/strategy-links"))
			.json(s -> "{\"title\":\"Matrix\"}").expect(401, 404, 403, 201, 201, 201);
		api("DELETE", "/api/v1/ateliers/{id}/strategy-links/{linkId}").path(s -> rest(s, "/strategy-links/" + link(s)))
			.expect(401, 404, 403, 204, 204, 204);
		api("GET", "/api/v1/ateliers/{id}/raci").path(s -> rest(s, "/raci")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/raci").path(s -> rest(s, "/raci"))
			.json(s -> "{\"responsibility\":\"Matrix\",\"assignments\":{\"City\":\"A\"}}")
			.expect(401, 404, 403, 201, 201, 201);
		api("PUT", "/api/v1/ateliers/{id}/raci/{rowId}").path(s -> rest(s, "/raci/" + raciRow(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"responsibility\":\"Matrix 2\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/raci/{rowId}").path(s -> rest(s, "/raci/" + raciRow(s)))
			.expect(401, 404, 403, 204, 204, 204);
		api("GET", "/api/v1/ateliers/{id}/decisions").path(s -> rest(s, "/decisions")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/decisions").path(s -> rest(s, "/decisions"))
			.json(s -> "{\"title\":\"Matrix\"}").expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/decisions/{did}").path(s -> rest(s, "/decisions/" + proposed(s)))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/decisions/{did}").path(s -> rest(s, "/decisions/" + proposed(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"title\":\"Matrix 2\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/decisions/{did}/status").path(s -> rest(s, "/decisions/" + proposed(s) + "/status"))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"status\":\"rejected\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/decisions/{did}/supersede")
			.path(s -> rest(s, "/decisions/" + accepted(s) + "/supersede")).headers(s -> Map.of("If-Match", "\"0\""))
			.json(s -> "{\"title\":\"New\",\"decision\":\"New\",\"decidedBy\":\"Board\",\"decidedOn\":\"2026-11-01\"}")
			.expect(401, 404, 403, 201, 201, 201);
		api("POST", "/api/v1/ateliers/{id}/decisions/{did}/implementation")
			.path(s -> rest(s, "/decisions/" + accepted(s) + "/implementation")).json(s -> "{\"implementation\":\"done\"}")
			.expect(401, 404, 403, 200, 200, 200);
	}

	private static String gov(MatrixFixtures.Scene s, String rest) {
		return "/ateliers/" + s.atelier() + "/governance" + rest;
	}

	private static String dec(MatrixFixtures.Scene s, String rest) {
		return "/ateliers/" + s.atelier() + "/decisions" + rest;
	}

	private static String rest(MatrixFixtures.Scene s, String rest) {
		return "/api/v1/ateliers/" + s.atelier() + rest;
	}

	private static long role(MatrixFixtures.Scene s) {
		return s.memo("governance-role", () -> s.asCoordinator(() -> s.bean(GovernanceRecords.class).addRole(s.atelier(),
				RoleInput.parse("facilitator", null, null, "Matrix facilitator", false, null, null, null)).id()));
	}

	private static long level(MatrixFixtures.Scene s) {
		return s.memo("governance-level", () -> s.asCoordinator(
				() -> s.bean(GovernanceRecords.class).addLevel(s.atelier(), "Matrix core team", null, null).id()));
	}

	private static long link(MatrixFixtures.Scene s) {
		return s.memo("governance-link", () -> s.asCoordinator(
				() -> s.bean(GovernanceRecords.class).addStrategyLink(s.atelier(), "Matrix strategy", null, null).id()));
	}

	private static long raciRow(MatrixFixtures.Scene s) {
		return s.memo("governance-raci", () -> s.asCoordinator(
				() -> s.bean(RaciMatrix.class).addRow(s.atelier(), "Matrix row", Map.of("City", "A")).id()));
	}

	private static long proposed(MatrixFixtures.Scene s) {
		return s.memo("governance-proposed", () -> s.asCoordinator(() -> s.bean(DecisionLog.class).create(s.atelier(),
				decision("Matrix proposal"), false).id()));
	}

	private static long accepted(MatrixFixtures.Scene s) {
		return s.memo("governance-accepted", () -> s.asCoordinator(() -> s.bean(DecisionLog.class).create(s.atelier(),
				decision("Matrix accepted"), true).id()));
	}

	/** An accepted decision linked to {@link #proposed}, so removing the link succeeds. */
	private static long linked(MatrixFixtures.Scene s) {
		return s.memo("governance-linked", () -> {
			long id = accepted(s);
			long target = proposed(s);
			s.asCoordinator(() -> s.bean(DecisionLog.class).link(s.atelier(), id, "decision", target));
			return id;
		});
	}

	private static DecisionInput decision(String title) {
		return DecisionInput.parse(title, null, null, "Matrix decision", null, null, "Board", null, null, "2026-11-01",
				null);
	}
}
