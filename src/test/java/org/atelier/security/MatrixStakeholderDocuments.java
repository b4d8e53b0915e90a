package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.nio.charset.StandardCharsets;

import org.atelier.stakeholder.DocumentUpload;
import org.atelier.stakeholder.StakeholderDocuments;
import org.atelier.testsupport.MultipartBody;
import org.springframework.core.io.ByteArrayResource;

/**
 * Matrix rows of the documents attached to an organisation: members list and download; partners
 * and coordinators attach (multipart) and remove.
 */
final class MatrixStakeholderDocuments {

	private static final byte[] PDF = "%PDF-1.4\n%matrix\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private MatrixStakeholderDocuments() {
	}

	static void declare() {
		page("POST", "/ateliers/{id}/stakeholders/{sid}/documents").path(s -> base(s)).multipart(s -> upload())
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/stakeholders/{sid}/documents/{did}").path(s -> base(s) + "/" + document(s))
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/stakeholders/{sid}/documents/{did}/delete")
			.path(s -> base(s) + "/" + document(s) + "/delete")
			.expect(302, 404, 403, 302, 302, 302);
		api("GET", "/api/v1/ateliers/{id}/stakeholders/{sid}/documents").path(s -> "/api/v1" + base(s))
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/stakeholders/{sid}/documents").path(s -> "/api/v1" + base(s))
			.multipart(s -> upload())
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/stakeholders/{sid}/documents/{did}")
			.path(s -> "/api/v1" + base(s) + "/" + document(s))
			.expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/stakeholders/{sid}/documents/{did}/content")
			.path(s -> "/api/v1" + base(s) + "/" + document(s) + "/content")
			.expect(401, 404, 200, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/stakeholders/{sid}/documents/{did}")
			.path(s -> "/api/v1" + base(s) + "/" + document(s))
			.expect(401, 404, 403, 204, 204, 204);
	}

	private static String base(MatrixFixtures.Scene s) {
		return "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/documents";
	}

	private static MultipartBody upload() {
		return new MultipartBody().field("title", "Signed letter").field("kind", "letter-of-commitment")
			.file("file", "letter.pdf", "application/pdf", PDF);
	}

	private static long document(MatrixFixtures.Scene s) {
		return s.memo("stakeholder-document", () -> {
			long atelier = s.atelier();
			long stakeholder = s.stakeholder();
			return s.asCoordinator(() -> s.bean(StakeholderDocuments.class).attach(atelier, stakeholder,
					new DocumentUpload("Partnership agreement", "agreement", "2026-03-01", "agreement.pdf", PDF.length,
							new ByteArrayResource(PDF))).id());
		});
	}
}
