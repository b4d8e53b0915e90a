package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.atelier.testsupport.MultipartBody;

/**
 * Matrix rows of the archive module: coordinators (and administrators) export and replicate an
 * atelier, partners and observers get 403, outsiders 404; anyone signed in may import, becoming
 * coordinator of the new atelier (a file that is no archive is refused: 400, or the page again).
 */
final class MatrixArchive {

	private MatrixArchive() {
	}

	private static MultipartBody notAnArchive() {
		return new MultipartBody().file("file", "atelier.zip", "application/zip",
				"not a zip".getBytes(StandardCharsets.UTF_8));
	}

	static void declare() {
		// --- archive: pages
		page("GET", "/ateliers/{id}/export").path(s -> "/ateliers/" + s.atelier() + "/export")
			.expect(302, 404, 403, 403, 200, 200);
		page("GET", "/ateliers/import").expect(302, 200, 200, 200, 200, 200);
		page("POST", "/ateliers/import").multipart(s -> notAnArchive()).expect(302, 200, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/import-report").path(s -> "/ateliers/" + s.atelier() + "/import-report")
			.expect(302, 404, 302, 302, 302, 302);
		page("GET", "/ateliers/{id}/replicate").path(s -> "/ateliers/" + s.atelier() + "/replicate")
			.expect(302, 404, 403, 403, 200, 200);
		page("POST", "/ateliers/{id}/replicate").path(s -> "/ateliers/" + s.atelier() + "/replicate")
			.form(s -> Map.of("name", s.unique("Matrix replica"), "city", "Matrixstad", "theme", "ENERGY"))
			.expect(302, 404, 403, 403, 302, 302);

		// --- archive: API
		api("GET", "/api/v1/ateliers/{id}/export").path(s -> "/api/v1/ateliers/" + s.atelier() + "/export")
			.expect(401, 404, 403, 403, 200, 200);
		api("POST", "/api/v1/imports").multipart(s -> notAnArchive()).expect(401, 400, 400, 400, 400, 400);
		api("POST", "/api/v1/ateliers/{id}/replicate").path(s -> "/api/v1/ateliers/" + s.atelier() + "/replicate")
			.json(s -> "{\"name\":\"" + s.unique("Matrix api replica") + "\",\"city\":\"Matrixstad\",\"theme\":\"energy\"}")
			.expect(401, 404, 403, 403, 201, 201);
	}
}
