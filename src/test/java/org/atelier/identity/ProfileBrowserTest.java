package org.atelier.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Test
	void aPersonChangesTheirPasswordAfterATooShortAttempt() {
		var user = TestUsers.create(accounts, "prof");
		signIn(user.username(), TestUsers.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(user.displayName())).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your profile"))).isVisible();
		checkPage();

		page.getByLabel("Current password").fill(TestUsers.PASSWORD);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("too short");
		page.getByLabel("New password again").fill("too short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("at least 12 characters");
		assertThat(page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)))
			.hasAttribute("aria-invalid", "true");
		checkPage();

		page.getByLabel("Current password").fill(TestUsers.PASSWORD);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("lantern harbour meadow 9");
		page.getByLabel("New password again").fill("lantern harbour meadow 9");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your password is changed");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		signIn(user.username(), "lantern harbour meadow 9");
		assertThat(page).hasURL(url("/"));
	}

	@Test
	void aPersonCreatesATokenSeesItOnceAndRevokesIt() {
		var user = TestUsers.create(accounts, "tok");
		signIn(user.username(), TestUsers.PASSWORD);
		visit("/profile");
		page.getByLabel("Token name").fill("monthly report");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		assertThat(page.locator("#new-token")).containsText("atl_");
		checkPage();
		String secret = page.locator("#new-token").textContent();

		visit("/profile");
		assertThat(page.locator("#new-token")).hasCount(0);
		assertThat(page.getByText(secret)).hasCount(0);
		var row = page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("monthly report"));
		assertThat(row).containsText("active");
		row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Revoke token monthly report")).click();
		assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("monthly report")))
			.containsText("revoked");
		checkPage();
	}
}
