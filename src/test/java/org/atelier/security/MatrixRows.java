package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.util.Map;

import org.atelier.testsupport.TestUsers;

/**
 * The rows of the authorization matrix, one per request mapping. Columns: anonymous, non-member,
 * observer, partner, coordinator, administrator. Pages send anonymous callers to the sign-in
 * page (302); the API answers them 401. Successful page posts redirect (302).
 */
final class MatrixRows {

	private MatrixRows() {
	}

	static void declare() {
		// --- framework and public pages
		page("ANY", "/error").notCalled("error dispatch of the servlet container; rendered, never called directly");
		page("GET", "/login").expect(200, 302, 302, 302, 302, 302);
		page("GET", "/v3/api-docs").expect(200, 200, 200, 200, 200, 200);
		page("GET", "/v3/api-docs.yaml").expect(200, 200, 200, 200, 200, 200);
		page("GET", "/v3/api-docs/swagger-config").expect(200, 200, 200, 200, 200, 200);
		page("GET", "/swagger-ui.html").expect(302, 302, 302, 302, 302, 302);

		// --- home
		page("GET", "/").expect(302, 200, 200, 200, 200, 200);

		// --- method catalogue (everyone signed in reads it)
		page("GET", "/method").expect(302, 200, 200, 200, 200, 200);
		page("GET", "/method/phases/{key}").path(s -> "/method/phases/maturing").expect(302, 200, 200, 200, 200, 200);
		page("GET", "/method/blocks/{key}").path(s -> "/method/blocks/value-proposition")
			.expect(302, 200, 200, 200, 200, 200);
		api("GET", "/api/v1/method").expect(401, 200, 200, 200, 200, 200);

		// --- identity: own profile
		page("GET", "/profile").expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/password")
			.form(s -> Map.of("currentPassword", "wrong", "newPassword", "a", "confirmPassword", "b"))
			.expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/tokens").form(s -> Map.of("name", "matrix")).expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/tokens/{id}/revoke").path(s -> "/profile/tokens/" + s.coordinatorToken() + "/revoke")
			.expect(302, 404, 404, 404, 302, 404);
		api("GET", "/api/v1/me").expect(401, 200, 200, 200, 200, 200);

		// --- identity: administration
		page("GET", "/admin/users").expect(302, 403, 403, 403, 403, 200);
		page("GET", "/admin/users/new").expect(302, 403, 403, 403, 403, 200);
		page("POST", "/admin/users")
			.form(s -> Map.of("username", s.unique("mx-new"), "displayName", "New", "password", TestUsers.PASSWORD))
			.expect(302, 403, 403, 403, 403, 302);
		page("POST", "/admin/users/{id}/disable").path(s -> "/admin/users/" + s.victimUser() + "/disable")
			.expect(302, 403, 403, 403, 403, 302);
		page("POST", "/admin/users/{id}/enable").path(s -> "/admin/users/" + s.victimUser() + "/enable")
			.expect(302, 403, 403, 403, 403, 302);
		page("GET", "/admin/users/{id}/password").path(s -> "/admin/users/" + s.victimUser() + "/password")
			.expect(302, 403, 403, 403, 403, 200);
		page("POST", "/admin/users/{id}/password").path(s -> "/admin/users/" + s.victimUser() + "/password")
			.form(s -> Map.of("password", "a reset passphrase 12"))
			.expect(302, 403, 403, 403, 403, 302);
		api("POST", "/api/v1/users")
			.json(s -> "{\"username\":\"" + s.unique("mx-api") + "\",\"displayName\":\"N\",\"password\":\""
					+ TestUsers.PASSWORD + "\"}")
			.expect(401, 403, 403, 403, 403, 201);
		api("GET", "/api/v1/users").expect(401, 403, 403, 403, 403, 200);
	}
}
