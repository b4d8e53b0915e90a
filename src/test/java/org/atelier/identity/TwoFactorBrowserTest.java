package org.atelier.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person turns on two-step sign-in from their profile with an authenticator app (the test
 * computes the app's codes from the key shown on the page), keeps the recovery codes, and signs
 * in again in two steps after one mistyped code.
 */
class TwoFactorBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Test
	void aPersonTurnsOnTwoStepSignInAndSignsInWithACode() {
		var user = TestUsers.create(accounts, "tf-browser");
		signIn(user.username(), TestUsers.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(user.displayName())).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two-step sign-in")).click();
		assertThat(page.locator("#two-factor-state")).hasText("Two-step sign-in is off");
		checkPage();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up two-step sign-in")).click();
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code to scan"))).isVisible();
		checkPage();
		String secret = page.locator("#totp-secret").textContent().replace(" ", "");
		page.getByLabel("Code").fill("000000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-step sign-in")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("this code is not right");
		checkPage();
		page.getByLabel("Code").fill(TwoFactorSignInTest.codeAt(secret, -1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-step sign-in")).click();
		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have stored them")).click();
		assertThat(page.locator("#two-factor-state")).hasText("Two-step sign-in is on");
		assertThat(page.getByText("10 unused recovery codes left.")).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.getByLabel("User name").fill(user.username());
		page.getByLabel("Password").fill(TestUsers.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Enter your sign-in code"))).isVisible();
		checkPage();
		page.getByLabel("Code").fill(TwoFactorSignInTest.codeAt(secret, 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(user.displayName()))).isVisible();
	}
}
