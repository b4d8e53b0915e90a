package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

/**
 * Matrix rows of the register's CSV download and import: members download; partners and
 * coordinators import (a body that is no register file answers 400 and writes nothing).
 */
final class MatrixStakeholderCsv {

	private MatrixStakeholderCsv() {
	}

	static void declare() {
		page("GET", "/ateliers/{id}/stakeholders.csv").path(s -> "/ateliers/" + s.atelier() + "/stakeholders.csv")
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/stakeholders/import").path(s -> "/ateliers/" + s.atelier() + "/stakeholders/import")
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/stakeholders/import").path(s -> "/ateliers/" + s.atelier() + "/stakeholders/import")
			.expect(302, 404, 403, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/stakeholders.csv").path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders.csv")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/stakeholders.csv").path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders.csv")
			.json(s -> "{\"not\":\"a register\"}").expect(401, 404, 403, 400, 400, 400);
	}
}
