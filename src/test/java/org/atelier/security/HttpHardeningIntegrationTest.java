package org.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers, Actuator access and error answers, over real HTTP. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHardeningIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndNoStore() {
		var response = new HttpSession(port).get("/login");
		var headers = response.headers();
		assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("script-src 'self'").contains("style-src 'self'").contains("object-src 'none'")
			.contains("base-uri 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
		assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).isPresent();
		assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(response.body()).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("onclick");
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteLax() {
		var response = new HttpSession(port).get("/login");
		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
			.startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void healthIsPublicWhileInfoAndMetricsAreForAdministrators() {
		var http = new HttpSession(port);
		assertThat(http.send(http.request("/actuator/health").GET()).statusCode()).isEqualTo(200);
		assertThat(http.send(http.request("/actuator/health").GET()).body()).contains("UP");
		assertThat(http.send(http.request("/actuator/prometheus").GET()).statusCode()).isEqualTo(401);
		assertThat(http.send(http.request("/actuator/info").GET()).statusCode()).isEqualTo(401);
		var admin = HttpSession.basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		var metrics = http.send(http.request("/actuator/prometheus").header("Authorization", admin).GET());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(http.send(http.request("/actuator/info").header("Authorization", admin).GET()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void metricsAreRefusedToOrdinaryUsers(@org.springframework.beans.factory.annotation.Autowired org.atelier.identity.Accounts accounts) {
		var user = TestUsers.create(accounts, "metrics");
		var http = new HttpSession(port);
		var response = http.send(http.request("/actuator/prometheus")
			.header("Authorization", HttpSession.basic(user.username(), TestUsers.PASSWORD)).GET());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void unknownPagesShowTheNotFoundPageWithoutInternals() {
		var user = new HttpSession(port);
		user.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		var response = user.get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void unknownApiPathsAnswerAProblemWithoutInternals() {
		var http = new HttpSession(port);
		var response = http.send(http.request("/api/v1/no-such-thing")
			.header("Authorization", HttpSession.basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)).GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
	}

	@Test
	void problemDetailsSpeakTheCallersLanguage() {
		var http = new HttpSession(port);
		var response = http.send(http.request("/api/v1/me").header("Accept-Language", "nl-NL,nl;q=0.9").GET());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("Aanmelden vereist");
		var spanish = http.send(http.request("/api/v1/me").header("Accept-Language", "es").GET());
		assertThat(spanish.body()).contains("Se requiere identificación");
	}
}
