package org.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With the second factor required for administrators, an administrator without one must enrol before anything else. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "atelier.security.two-factor.required-for-admins=true")
class TwoFactorRequiredForAdminsTest {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void anAdministratorWithoutSecondFactorEnrolsFirstAndAnOrdinaryUserIsNotAsked() {
		var admin = TestUsers.createAdmin(accounts, "tf-admin");
		var browser = new HttpSession(port);
		var signIn = browser.signIn(admin.username(), TestUsers.PASSWORD);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/two-factor/setup"));
		assertThat(browser.get("/admin/users").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login/two-factor/setup"));

		var setup = browser.get("/login/two-factor/setup");
		assertThat(setup.statusCode()).isEqualTo(200);
		Matcher secret = SECRET.matcher(setup.body());
		assertThat(secret.find()).isTrue();
		assertThat(setup.body()).contains("data:image/svg+xml;base64,");
		// a reload keeps the same secret, so a scan made before it still works
		assertThat(browser.get("/login/two-factor/setup").body()).contains(secret.group(1));

		var wrong = browser.postForm("/login/two-factor/setup", Map.of("code", "123456"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("this code is not right");

		var done = browser.postForm("/login/two-factor/setup",
				Map.of("code", TwoFactorSignInTest.codeAt(secret.group(1).replace(" ", ""), 0)));
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("recovery-codes");
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);

		var user = TestUsers.create(accounts, "tf-plain");
		var plain = new HttpSession(port);
		assertThat(plain.signIn(user.username(), TestUsers.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("two-factor"));
		assertThat(plain.get("/profile").statusCode()).isEqualTo(200);
	}
}
