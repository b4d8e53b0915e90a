package org.atelier.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Test
	void anAdministratorCreatesDisablesAndReenablesAUser() {
		page.onDialog(dialog -> dialog.accept());
		signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users")).click();
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New user")).click();
		checkPage();

		String username = TestUsers.uniqueName("newbie");
		page.getByLabel("User name").fill("Has Spaces");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Marta Newbie");
		page.getByLabel("Initial password").fill("short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("lower-case letters");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("at least 12 characters");
		checkPage();

		page.getByLabel("User name").fill(username);
		page.getByLabel("Initial password").fill("orchard violet compass 3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("User " + username + " created.");
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username));
		assertThat(row).containsText("active");

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable " + username)).click();
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username))).containsText("disabled");
		page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enable " + username)).click();
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username))).containsText("active");
		checkPage();
	}

	@Test
	void aNonAdministratorCannotOpenUserAdministration() {
		var user = TestUsers.create(accounts, "nonadmin");
		signIn(user.username(), TestUsers.PASSWORD);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users"))).hasCount(0);
		expectErrorStatusPages();
		var response = page.navigate(url("/admin/users"));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		checkPage();
	}
}
