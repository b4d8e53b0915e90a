package org.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The absolute session lifetime over real HTTP, with a clock the test moves: a session ends when
 * it is older than the lifetime, however busy it was; and the session cookie is Secure when the
 * application is reached over HTTPS (through a proxy that says so).
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "atelier.security.session.absolute-lifetime=1h")
class SessionLifetimeIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	MovableClock clock;

	@Test
	void aBusySessionEndsWhenItReachesTheAbsoluteLifetime() {
		var user = TestUsers.create(accounts, "lifetime");
		var browser = new HttpSession(port);
		assertThat(browser.signIn(user.username(), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(browser.get("/profile").statusCode()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(40));
		assertThat(browser.get("/profile").statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(19));
		assertThat(browser.get("/profile").statusCode()).as("59 minutes after sign-in").isEqualTo(200);
		String cookie = browser.sessionCookie();

		clock.advance(Duration.ofMinutes(2));
		var expired = browser.get("/profile");
		assertThat(expired.statusCode()).isEqualTo(302);
		assertThat(expired.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
		assertThat(browser.get("/login?expired").body()).contains("maximum length");

		// the session is gone on the server: replaying its cookie opens nothing
		var replay = new HttpSession(port);
		var response = replay.send(replay.request("/profile").header("Cookie", "SESSION=" + cookie).GET());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

		// signing in again starts a new lifetime
		assertThat(browser.signIn(user.username(), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(browser.get("/profile").statusCode()).isEqualTo(200);
	}

	@Test
	void theSessionCookieIsSecureOverHttpsOnly() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest plain = HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).GET().build();
		HttpRequest proxied = HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build();
		assertThat(sessionCookie(client.send(plain, HttpResponse.BodyHandlers.discarding())))
			.contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(sessionCookie(client.send(proxied, HttpResponse.BodyHandlers.discarding())))
			.contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
	}

	private static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
	}

	/** A clock that starts at the real time and moves only when the test says so. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.now();

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}
}
