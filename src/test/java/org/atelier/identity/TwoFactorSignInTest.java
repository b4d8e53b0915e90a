package org.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.internal.Totp;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two-step sign-in over real HTTP: the password alone opens only the code page, a wrong code
 * opens nothing, the right code opens everything under a new session id, a code works once,
 * recovery codes work once each, and the API refuses a password without the second factor.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoFactorSignInTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	AccessTokens tokens;

	@Test
	void thePasswordAloneOpensOnlyTheCodePageAndTheRightCodeOpensTheRest() {
		AccountView user = TestUsers.create(accounts, "tf-user");
		String secret = enrol(user);

		var browser = new HttpSession(port);
		var signIn = browser.signIn(user.username(), TestUsers.PASSWORD);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/two-factor"));
		String halfSession = browser.sessionCookie();
		assertThat(location(browser.get("/profile"))).endsWith("/login/two-factor");
		assertThat(location(browser.get("/ateliers"))).endsWith("/login/two-factor");
		assertThat(browser.get("/login/two-factor").statusCode()).isEqualTo(200);

		var wrong = browser.postForm("/login/two-factor", Map.of("code", "000000"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("this code is not right");
		assertThat(location(browser.get("/profile"))).endsWith("/login/two-factor");

		String used = codeAt(secret, 0);
		var right = browser.postForm("/login/two-factor", Map.of("code", used));
		assertThat(right.statusCode()).isEqualTo(302);
		assertThat(location(right)).doesNotContain("login");
		assertThat(browser.sessionCookie()).isNotEqualTo(halfSession);
		assertThat(browser.get("/profile").statusCode()).isEqualTo(200);

		// the same code again, in another sign-in: refused
		var again = new HttpSession(port);
		again.signIn(user.username(), TestUsers.PASSWORD);
		again.get("/login/two-factor");
		assertThat(again.postForm("/login/two-factor", Map.of("code", used)).statusCode()).isEqualTo(200);
		assertThat(location(again.get("/profile"))).endsWith("/login/two-factor");
		// the next code is fine (one step ahead is inside the window)
		assertThat(again.postForm("/login/two-factor", Map.of("code", codeAt(secret, 1))).statusCode()).isEqualTo(302);
		assertThat(again.get("/profile").statusCode()).isEqualTo(200);
	}

	@Test
	void recoveryCodesWorkOnceEachAndCanBeRenewedWithThePassword() {
		AccountView user = TestUsers.create(accounts, "tf-recover");
		List<String> codes = TestUsers.as(user, () -> {
			String s = twoFactor.beginEnrolment().secret();
			return twoFactor.confirm(codeAt(s, 0));
		});
		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));

		var first = new HttpSession(port);
		first.signIn(user.username(), TestUsers.PASSWORD);
		first.get("/login/two-factor");
		assertThat(first.postForm("/login/two-factor", Map.of("code", codes.get(3).toUpperCase())).statusCode()).isEqualTo(302);
		assertThat(first.get("/profile").statusCode()).isEqualTo(200);

		var second = new HttpSession(port);
		second.signIn(user.username(), TestUsers.PASSWORD);
		second.get("/login/two-factor");
		assertThat(second.postForm("/login/two-factor", Map.of("code", codes.get(3))).statusCode()).isEqualTo(200);
		assertThat(TestUsers.as(user, () -> twoFactor.status().recoveryCodesLeft())).isEqualTo(9);

		List<String> renewed = TestUsers.as(user, () -> twoFactor.regenerateRecoveryCodes(TestUsers.PASSWORD));
		assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(codes);
		assertThat(second.postForm("/login/two-factor", Map.of("code", codes.get(4))).statusCode()).isEqualTo(200);
		assertThat(second.postForm("/login/two-factor", Map.of("code", renewed.get(0))).statusCode()).isEqualTo(302);
	}

	@Test
	void theApiRefusesThePasswordOfSomeoneWithASecondFactorButTakesTheirToken() {
		AccountView user = TestUsers.create(accounts, "tf-api");
		var before = new HttpSession(port).send(new HttpSession(port).request("/api/v1/me")
			.header("Authorization", HttpSession.basic(user.username(), TestUsers.PASSWORD)));
		assertThat(before.statusCode()).isEqualTo(200);
		String token = TestUsers.as(user, () -> tokens.create("script", null)).secret();
		enrol(user);

		var basic = new HttpSession(port).send(new HttpSession(port).request("/api/v1/me")
			.header("Authorization", HttpSession.basic(user.username(), TestUsers.PASSWORD)));
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(basic.body()).doesNotContain(user.username());
		var bearer = new HttpSession(port).send(new HttpSession(port).request("/api/v1/me")
			.header("Authorization", "Bearer " + token));
		assertThat(bearer.statusCode()).isEqualTo(200);
	}

	@Test
	void turningTheSecondFactorOffNeedsThePasswordAndThenThePasswordIsEnoughAgain() {
		AccountView user = TestUsers.create(accounts, "tf-off");
		enrol(user);
		var browser = new HttpSession(port);
		assertThat(location(browser.signIn(user.username(), TestUsers.PASSWORD))).endsWith("/login/two-factor");

		TestUsers.as(user, () -> {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> twoFactor.disable("wrong password"))
				.isInstanceOf(org.atelier.shared.FieldProblem.class);
			assertThat(twoFactor.status().enabled()).isTrue();
			twoFactor.disable(TestUsers.PASSWORD);
			return null;
		});
		var plain = new HttpSession(port);
		assertThat(location(plain.signIn(user.username(), TestUsers.PASSWORD))).doesNotContain("two-factor");
		assertThat(plain.get("/profile").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorTurnsOffTheSecondFactorOfSomeoneWhoLostEverything() {
		AccountView user = TestUsers.create(accounts, "tf-lost");
		AccountView admin = TestUsers.createAdmin(accounts, "tf-helpdesk");
		enrol(user);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestUsers.as(user, () -> {
			twoFactor.resetFor(user.id());
			return null;
		})).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		var browser = new HttpSession(port);
		browser.signIn(admin.username(), TestUsers.PASSWORD);
		assertThat(browser.get("/admin/users").body()).contains("Turn off two-step sign-in of " + user.username());
		var reset = browser.postForm("/admin/users/" + user.id() + "/two-factor/reset", Map.of());
		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(browser.get("/admin/users").body()).doesNotContain("Turn off two-step sign-in of " + user.username());

		var plain = new HttpSession(port);
		assertThat(location(plain.signIn(user.username(), TestUsers.PASSWORD))).doesNotContain("two-factor");
		assertThat(plain.get("/profile").statusCode()).isEqualTo(200);
	}

	private String enrol(AccountView user) {
		return TestUsers.as(user, () -> {
			String secret = twoFactor.beginEnrolment().secret();
			twoFactor.confirm(codeAt(secret, -1));
			return secret;
		});
	}

	/** The code an app would show, {@code offset} steps from now. */
	static String codeAt(String secret, int offset) {
		return Totp.code(Totp.base32Decode(secret), Totp.step(Instant.now().getEpochSecond()) + offset, Totp.DIGITS);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}
}
