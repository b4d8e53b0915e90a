package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

/**
 * Matrix rows of the report module. Every member reads an atelier's dashboard, progress report
 * and exports (others get 404); the portfolio is open to everyone signed in and shows only what
 * they may see.
 */
final class MatrixReport {

	private MatrixReport() {
	}

	static void declare() {
		page("GET", "/ateliers/{id}/dashboard").path(s -> at(s, "/dashboard")).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/report.pdf").path(s -> at(s, "/report.pdf")).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/exports/{kind}.csv").path(s -> at(s, "/exports/actions.csv"))
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/exports/{kind}.json").path(s -> at(s, "/exports/lessons.json"))
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/portfolio").path(s -> "/portfolio").expect(302, 200, 200, 200, 200, 200);

		api("GET", "/api/v1/ateliers/{id}/dashboard").path(s -> rest(s, "/dashboard")).expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/report.pdf").path(s -> rest(s, "/report.pdf")).expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/exports/{kind}.csv").path(s -> rest(s, "/exports/stakeholders.csv"))
			.expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/exports/{kind}.json").path(s -> rest(s, "/exports/decisions.json"))
			.expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/portfolio").path(s -> "/api/v1/portfolio").expect(401, 200, 200, 200, 200, 200);
	}

	private static String at(MatrixFixtures.Scene s, String rest) {
		return "/ateliers/" + s.atelier() + rest;
	}

	private static String rest(MatrixFixtures.Scene s, String rest) {
		return "/api/v1/ateliers/" + s.atelier() + rest;
	}
}
