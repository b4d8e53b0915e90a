package org.atelier.atelier.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator brings people into an atelier; they sign in and find it, with what their role allows. */
class MembersBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Test
	void aCoordinatorAddsAMemberWhoThenSeesTheAtelier() {
		var coordinator = TestUsers.create(accounts, "coord");
		var partner = TestUsers.create(accounts, "partner");
		signIn(coordinator.username(), TestUsers.PASSWORD);
		String name = "Grid lab " + TestUsers.uniqueName("m");
		String atelierPath = createAtelier(name);

		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Members")).click();
		assertThat(page).hasURL(url(atelierPath + "/members"));
		checkPage();

		// a user name that does not exist is named as the problem
		page.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).fill("nobody-" + System.nanoTime());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")).click();
		assertThat(page.locator("#username-error")).containsText("There is no user called");
		checkPage();

		page.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).fill(partner.username());
		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("PARTNER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("has been added as Partner");
		Locator row = page.locator("table.members tbody tr").filter(new Locator.FilterOptions().setHasText(partner.username()));
		assertThat(row.getByLabel("Role of Test partner")).hasValue("PARTNER");
		checkPage();

		// the last coordinator cannot step down
		page.getByLabel("Role of Test coord").selectOption("OBSERVER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change role for Test coord")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("An atelier needs at least one coordinator.");
		assertThat(page.getByLabel("Role of Test coord")).hasValue("COORDINATOR");
		checkPage();

		// the partner signs in elsewhere and finds the atelier, read-only for the atelier itself
		BrowserContext other = context.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		try {
			Page second = other.newPage();
			second.navigate(url("/login"));
			second.getByLabel("User name").fill(partner.username());
			second.getByLabel("Password").fill(TestUsers.PASSWORD);
			second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			second.waitForURL(url("/"));
			Locator card = second.locator(".atelier-card").filter(new Locator.FilterOptions().setHasText(name));
			assertThat(card).containsText("Partner");
			card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
			assertThat(second.locator(".atelier-tags")).containsText("Your role: Partner");
			assertThat(second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit"))).hasCount(0);
			assertThat(second.locator("nav.sub-nav")).not().containsText("History");
			second.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Members")).click();
			assertThat(second.locator("table.members")).containsText(coordinator.username());
			assertThat(second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member"))).hasCount(0);
		}
		finally {
			other.close();
		}
	}

	@Test
	void aStaleRoleChangeShowsTheChosenAndTheSavedRole() {
		var coordinator = TestUsers.create(accounts, "roles");
		var member = TestUsers.create(accounts, "member");
		signIn(coordinator.username(), TestUsers.PASSWORD);
		String atelierPath = createAtelier("Mobility " + TestUsers.uniqueName("r"));
		visit(atelierPath + "/members");
		page.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).fill(member.username());
		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("OBSERVER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("has been added as Observer");

		// a second window, opened on the same members page, changes the role first
		Page secondTab = context.newPage();
		secondTab.navigate(url(atelierPath + "/members"));
		secondTab.getByLabel("Role of Test member").selectOption("PARTNER");
		secondTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change role for Test member")).click();
		assertThat(secondTab.getByRole(AriaRole.STATUS)).containsText("The role has been changed.");
		secondTab.close();

		page.getByLabel("Role of Test member").selectOption("COORDINATOR");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change role for Test member")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Someone else changed this record");
		assertThat(page.getByRole(AriaRole.ALERT))
			.containsText("You chose Coordinator for Test member; the role saved now is Partner.");
		assertThat(page.getByLabel("Role of Test member")).hasValue("PARTNER");
		checkPage();

		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("History")).click();
		Locator newest = page.locator(".history-entry").first();
		assertThat(newest).containsText("Membership");
		assertThat(newest).containsText(member.username());
		assertThat(newest.locator("dl.changes")).containsText("Observer");
		assertThat(newest.locator("dl.changes")).containsText("Partner");
		checkPage();
	}

	private String createAtelier(String name) {
		page.navigate(url("/ateliers/new"));
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("City").fill("Bilbao");
		page.getByLabel("Theme").selectOption("MOBILITY");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the atelier")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
		return page.url().substring(url("").length());
	}
}
