package org.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security events reach the security log over real HTTP: sign-in success and failure (with a
 * user name crafted to forge a log line), refused tokens, authorization denials on pages and in
 * the API, and a missing CSRF token.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void signInOutcomesAreLoggedWithoutLettingTheUserNameForgeALine(CapturedOutput output) {
		var user = TestUsers.create(accounts, "sec-log");
		new HttpSession(port).signIn(user.username(), "not-the-password-at-all");
		new HttpSession(port).signIn("mallory\nsecurity event=sign-in user=\"admin\"", "whatever-password");
		new HttpSession(port).signIn(user.username(), TestUsers.PASSWORD);

		assertThat(output.getOut()).contains("security event=sign-in-failed")
			.contains("user=\"" + user.username() + "\"")
			.contains("reason=\"bad-credentials\"")
			.contains("security event=sign-in at=")
			.contains("user=\"mallory\\nsecurity event=sign-in user=\\\"admin\\\"\"");
		assertThat(output.getOut().lines().filter(l -> l.startsWith("security event=sign-in user="))).isEmpty();
		assertThat(output.getOut().lines().filter(l -> l.contains("security event=sign-in at=")
				&& l.contains("user=\"admin\""))).isEmpty();
	}

	@Test
	void deniedRequestsAndRefusedTokensAreLogged(CapturedOutput output) {
		var user = TestUsers.create(accounts, "sec-deny");
		var browser = new HttpSession(port);
		browser.signIn(user.username(), TestUsers.PASSWORD);
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(browser.postFormRaw("/profile/tokens", java.util.Map.of("name", "x")).statusCode()).isEqualTo(403);

		HttpRequest.Builder metrics = new HttpSession(port).request("/actuator/prometheus")
			.header("Authorization", HttpSession.basic(user.username(), TestUsers.PASSWORD));
		assertThat(new HttpSession(port).send(metrics).statusCode()).isEqualTo(403);
		HttpRequest.Builder forged = new HttpSession(port).request("/api/v1/me")
			.header("Authorization", "Bearer atl_forged");
		assertThat(new HttpSession(port).send(forged).statusCode()).isEqualTo(401);

		String log = output.getOut();
		assertThat(log).contains("security event=access-denied").contains("path=\"/admin/users\"")
			.contains("path=\"/actuator/prometheus\"")
			.contains("security event=csrf-rejected").contains("path=\"/profile/tokens\"")
			.contains("security event=token-rejected").contains("path=\"/api/v1/me\"");
		assertThat(log).doesNotContain("atl_forged");
	}

	@Test
	void administrativeChangesToAccountsAreLogged(CapturedOutput output) {
		var admin = TestUsers.createAdmin(accounts, "sec-admin");
		var target = TestUsers.create(accounts, "sec-target");
		TestUsers.as(admin, () -> {
			accounts.disable(target.id());
			accounts.enable(target.id());
			return null;
		});
		assertThat(output.getOut()).contains("security event=account-disabled")
			.contains("security event=account-enabled")
			.contains("user=\"" + target.username() + "\" by=\"" + admin.username() + "\"");
	}
}
