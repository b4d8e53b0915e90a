package org.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Page sessions over real HTTP: fixation, CSRF, sign-out and ending sessions from elsewhere. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionSecurityIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void signInIssuesANewSessionId() {
		var user = TestUsers.create(accounts, "fix");
		var browser = new HttpSession(port);
		browser.get("/login");
		String before = browser.sessionCookie();
		assertThat(before).isNotNull();
		var response = browser.signIn(user.username(), TestUsers.PASSWORD);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(browser.sessionCookie()).isNotEqualTo(before);
		assertThat(browser.get("/profile").statusCode()).isEqualTo(200);
	}

	@Test
	void anonymousPagesRedirectToSignIn() {
		var response = new HttpSession(port).get("/profile");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void statechangingPostsWithoutTheCsrfTokenAreRefused() {
		var user = TestUsers.create(accounts, "csrf");
		var browser = new HttpSession(port);
		browser.signIn(user.username(), TestUsers.PASSWORD);
		var response = browser.postFormRaw("/profile/tokens", Map.of("name", "sneaky"));
		assertThat(response.statusCode()).isEqualTo(403);
		browser.get("/profile");
		assertThat(browser.get("/profile").body()).doesNotContain("sneaky");
	}

	@Test
	void signOutEndsTheSessionOnTheServer() {
		var user = TestUsers.create(accounts, "out");
		var browser = new HttpSession(port);
		browser.signIn(user.username(), TestUsers.PASSWORD);
		browser.get("/profile");
		String cookie = browser.sessionCookie();
		browser.postForm("/logout", Map.of());
		var replay = new HttpSession(port);
		var response = replay.send(replay.request("/profile").header("Cookie", "SESSION=" + cookie).GET());
		assertThat(response.statusCode()).isEqualTo(302);
	}

	@Test
	void disablingAUserEndsTheirSessions() {
		var user = TestUsers.create(accounts, "dis");
		var browser = new HttpSession(port);
		browser.signIn(user.username(), TestUsers.PASSWORD);
		assertThat(browser.get("/profile").statusCode()).isEqualTo(200);

		var admin = new HttpSession(port);
		admin.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		admin.get("/admin/users");
		var disable = admin.postForm("/admin/users/" + user.id() + "/disable", Map.of());
		assertThat(disable.statusCode()).isEqualTo(302);

		assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
		assertThat(new HttpSession(port).signIn(user.username(), TestUsers.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("error"));
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsButKeepsThisOne() {
		var user = TestUsers.create(accounts, "pw");
		var laptop = new HttpSession(port);
		var phone = new HttpSession(port);
		laptop.signIn(user.username(), TestUsers.PASSWORD);
		phone.signIn(user.username(), TestUsers.PASSWORD);
		laptop.get("/profile");
		String newPassword = "a brand new passphrase 77";
		var change = laptop.postForm("/profile/password", Map.of("currentPassword", TestUsers.PASSWORD,
				"newPassword", newPassword, "confirmPassword", newPassword));
		assertThat(change.statusCode()).isEqualTo(302);
		assertThat(laptop.get("/profile").statusCode()).isEqualTo(200);
		assertThat(phone.get("/profile").statusCode()).isEqualTo(302);
		assertThat(new HttpSession(port).signIn(user.username(), newPassword).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void aWrongCurrentPasswordIsReportedOnTheFieldAndChangesNothing() {
		var user = TestUsers.create(accounts, "pw2");
		var browser = new HttpSession(port);
		browser.signIn(user.username(), TestUsers.PASSWORD);
		browser.get("/profile");
		var response = browser.postForm("/profile/password", Map.of("currentPassword", "not my password at all",
				"newPassword", "another fine passphrase", "confirmPassword", "another fine passphrase"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Your current password is not right.").contains("aria-invalid=\"true\"");
		assertThat(new HttpSession(port).signIn(user.username(), TestUsers.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}
}
