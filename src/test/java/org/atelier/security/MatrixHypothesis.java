package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.util.Map;

import org.atelier.hypothesis.EvidenceInput;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.HypothesisInput;
import org.atelier.hypothesis.StatusInput;

/**
 * Matrix rows of the hypothesis module: members read hypotheses, their evidence and the assumption
 * map; partners and coordinators record, edit, change status, link evidence, make lessons and add
 * follow-up actions; observers get 403, outsiders 404.
 */
final class MatrixHypothesis {

	private MatrixHypothesis() {
	}

	static void declare() {
		// --- hypothesis: pages
		page("GET", "/ateliers/{id}/hypotheses").path(s -> hyp(s, "")).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/hypotheses/new").path(s -> hyp(s, "/new")).expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/hypotheses").path(s -> hyp(s, ""))
			.form(s -> Map.of("statement", "Matrix hypothesis", "category", "FEASIBILITY", "importance", "4"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/hypotheses/{hid}").path(s -> hyp(s, "/" + open(s)))
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/hypotheses/{hid}/edit").path(s -> hyp(s, "/" + open(s) + "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/hypotheses/{hid}/edit").path(s -> hyp(s, "/" + open(s) + "/edit"))
			.form(s -> Map.of("statement", "Matrix edited", "category", "VIABILITY", "importance", "2", "version", "0"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/hypotheses/{hid}/status").path(s -> hyp(s, "/" + open(s) + "/status"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/hypotheses/{hid}/status").path(s -> hyp(s, "/" + open(s) + "/status"))
			.form(s -> Map.of("status", "TESTING", "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/hypotheses/{hid}/evidence").path(s -> hyp(s, "/" + open(s) + "/evidence"))
			.form(s -> Map.of("source", "document", "url", "https://example.org/study", "docTitle", "Study",
					"direction", "SUPPORTS", "strength", "2"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/hypotheses/{hid}/evidence/{eid}/delete")
			.path(s -> hyp(s, "/" + open(s) + "/evidence/" + evidence(s) + "/delete"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/hypotheses/{hid}/lesson").path(s -> hyp(s, "/" + concluded(s) + "/lesson"))
			.expect(302, 404, 403, 302, 302, 302);
		// with the actions module the action is created, without it the post is refused with a message;
		// both redirect back to the hypothesis
		page("POST", "/ateliers/{id}/hypotheses/{hid}/actions").path(s -> hyp(s, "/" + open(s) + "/actions"))
			.form(s -> Map.of("actionTitle", "Matrix action", "actionDue", "2026-12-01", "actionOwner",
					String.valueOf(s.person(AuthorizationMatrixTest.Caller.PARTNER).id())))
			.expect(302, 404, 403, 302, 302, 302);

		// --- hypothesis: API
		api("GET", "/api/v1/ateliers/{id}/hypotheses").path(s -> rest(s, "")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/hypotheses").path(s -> rest(s, ""))
			.json(s -> "{\"statement\":\"Matrix\",\"category\":\"viability\",\"importance\":3}")
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/hypotheses/{hid}").path(s -> rest(s, "/" + open(s)))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/hypotheses/{hid}").path(s -> rest(s, "/" + open(s)))
			.headers(s -> Map.of("If-Match", "\"0\""))
			.json(s -> "{\"statement\":\"Matrix 2\",\"category\":\"governance\",\"importance\":5}")
			.expect(401, 404, 403, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/hypotheses/{hid}/status").path(s -> rest(s, "/" + open(s) + "/status"))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"status\":\"testing\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/hypotheses/{hid}/evidence").path(s -> rest(s, "/" + open(s) + "/evidence"))
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/hypotheses/{hid}/evidence").path(s -> rest(s, "/" + open(s) + "/evidence"))
			.json(s -> "{\"kind\":\"document\",\"url\":\"https://example.org\",\"title\":\"Matrix\","
					+ "\"direction\":\"contradicts\",\"strength\":1}")
			.expect(401, 404, 403, 201, 201, 201);
		api("DELETE", "/api/v1/ateliers/{id}/hypotheses/{hid}/evidence/{eid}")
			.path(s -> rest(s, "/" + open(s) + "/evidence/" + evidence(s))).expect(401, 404, 403, 204, 204, 204);
		api("POST", "/api/v1/ateliers/{id}/hypotheses/{hid}/lesson").path(s -> rest(s, "/" + concluded(s) + "/lesson"))
			.expect(401, 404, 403, 201, 201, 201);
	}

	private static String hyp(MatrixFixtures.Scene s, String rest) {
		return "/ateliers/" + s.atelier() + "/hypotheses" + rest;
	}

	private static String rest(MatrixFixtures.Scene s, String rest) {
		return "/api/v1/ateliers/" + s.atelier() + "/hypotheses" + rest;
	}

	private static long open(MatrixFixtures.Scene s) {
		return s.memo("hypothesis-open", () -> s.asCoordinator(() -> s.bean(Hypotheses.class).create(s.atelier(),
				HypothesisInput.parse("Matrix assumption", "feasibility", "4", "1", null, null, null, null)).id()));
	}

	private static long concluded(MatrixFixtures.Scene s) {
		return s.memo("hypothesis-concluded", () -> s.asCoordinator(() -> {
			Hypotheses hypotheses = s.bean(Hypotheses.class);
			long id = hypotheses.create(s.atelier(),
					HypothesisInput.parse("Matrix concluded", "viability", "3", "2", null, null, null, null)).id();
			return hypotheses.changeStatus(s.atelier(), id, 0,
					StatusInput.parse("supported", null, "Seen", "Learned", null, null)).id();
		}));
	}

	private static long evidence(MatrixFixtures.Scene s) {
		long hypothesis = open(s);
		return s.memo("hypothesis-evidence", () -> s.asCoordinator(() -> s.bean(Hypotheses.class).addEvidence(
				s.atelier(), hypothesis,
				EvidenceInput.parse("document", null, "https://example.org/e", "Matrix doc", "supports", "2", null))
			.id()));
	}
}
