package org.atelier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.CuttableTcpProxy;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while the application runs: pages answer the localized 503 page, the
 * API a 503 problem detail, the health check DOWN; nothing hangs; and when the database comes
 * back the application simply works again, without a restart.
 *
 * <p>The database is taken away by cutting a TCP forwarder between the application and
 * PostgreSQL, never by stopping the server. So this runs in the PostgreSQL leg only (the URL
 * given by SPRING_DATASOURCE_URL must be a PostgreSQL one); on the embedded H2 database there is
 * no connection to cut and the test is skipped.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest {

	private static final java.util.regex.Pattern HOST_PORT = java.util.regex.Pattern
		.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.*)$");

	private static CuttableTcpProxy proxy;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@BeforeAll
	static void onPostgresOnly() throws Exception {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		assumeTrue(url != null && HOST_PORT.matcher(url).matches(),
				"needs PostgreSQL (SPRING_DATASOURCE_URL=jdbc:postgresql://...): an embedded H2 has no connection to cut");
		var m = HOST_PORT.matcher(url);
		m.matches();
		proxy = new CuttableTcpProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
	}

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> {
			var m = HOST_PORT.matcher(System.getenv("SPRING_DATASOURCE_URL"));
			m.matches();
			return "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3);
		});
	}

	@AfterAll
	static void closeProxy() throws Exception {
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void pagesAndApiAnswer503WhileTheDatabaseIsAwayAndRecoverWhenItReturns() throws Exception {
		AccountView person = TestUsers.create(accounts, "outage");
		var browser = new HttpSession(port);
		assertThat(browser.signIn(person.username(), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(api(person).statusCode()).isEqualTo(200);
		assertThat(health().statusCode()).isEqualTo(200);

		proxy.cut();
		try {
			var page = browser.send(browser.request("/").header("Accept", "text/html").header("Accept-Language", "nl")
				.header("Cookie", "SESSION=" + browser.sessionCookie()).GET());
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.body()).contains("Tijdelijk niet beschikbaar").doesNotContain("Exception").doesNotContain("at org.");

			var call = api(person);
			assertThat(call.statusCode()).isEqualTo(503);
			assertThat(call.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
			assertThat(call.body()).contains("\"status\":503").contains("cannot reach its database");

			// a sign-in cannot check the password: "unavailable", not "wrong password"
			var signIn = browser.postFormRaw("/login", Map.of("username", person.username(), "password",
					TestUsers.PASSWORD, "_csrf", browser.csrfToken()));
			assertThat(signIn.statusCode()).isEqualTo(503);

			var health = health();
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
		}
		finally {
			proxy.restore();
		}

		// no restart: the next requests work again, in the same session
		assertThat(api(person).statusCode()).isEqualTo(200);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(health().statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> api(AccountView person) throws Exception {
		return ApiCalls.call(port, "GET", "/api/v1/ateliers", person.username(), TestUsers.PASSWORD, null, Map.of());
	}

	private HttpResponse<String> health() throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.GET().build(), HttpResponse.BodyHandlers.ofString());
	}
}
