package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

/**
 * Matrix rows of single sign-on. Its two addresses are served by Spring Security's filters, not by
 * request mappings, and exist only when a provider is configured; the matrix runs without one, so
 * these rows state that the addresses then belong to nobody: anonymous callers go to the sign-in
 * page, signed-in callers find nothing. With a provider configured, SingleSignOnBrowserTest covers
 * them (the start redirects to the provider, a forged answer goes back to the sign-in page, an
 * unknown provider is a client error).
 */
final class MatrixIdentitySso {

	private MatrixIdentitySso() {
	}

	static void declare() {
		page("GET", "/oauth2/authorization/{registrationId}").filterEndpoint()
			.path(s -> "/oauth2/authorization/matrix-provider").expect(302, 404, 404, 404, 404, 404);
		page("GET", "/login/oauth2/code/{registrationId}").filterEndpoint()
			.path(s -> "/login/oauth2/code/matrix-provider?code=c&state=s").expect(302, 404, 404, 404, 404, 404);
	}
}
