package org.atelier.atelier.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator founds, edits and follows an atelier through the pages, as a person would. */
class AtelierBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Test
	void aCoordinatorCreatesAnAtelierEditsItAndReadsItsHistory() {
		var user = TestUsers.create(accounts, "founder");
		signIn(user.username(), TestUsers.PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You are not part of an atelier yet")))
			.isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an atelier")).click();
		assertThat(page).hasURL(url("/ateliers/new"));
		checkPage();

		// submitting the empty form shows every problem next to its field
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the atelier")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("There is a problem");
		assertThat(page.locator("#name-error")).containsText("Enter a name for the atelier.");
		assertThat(page.locator("#city-error")).containsText("Enter the city.");
		assertThat(page.locator("#theme-error")).containsText("Choose a theme.");
		assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
		checkPage();

		String name = "Republica " + TestUsers.uniqueName("b");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("City").fill("Amsterdam");
		page.getByLabel("District").fill("Buiksloterham");
		page.getByLabel("Theme").selectOption("ENERGY");
		page.getByLabel("Challenge").fill("A positive-energy block behind a congested grid");
		page.getByLabel("Start date").fill("2026-03-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the atelier")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The atelier " + name + " has been created");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
		assertThat(page.locator(".atelier-tags")).containsText("Preconditions");
		assertThat(page.locator(".atelier-tags")).containsText("Your role: Coordinator");
		assertThat(page.locator("nav.sub-nav a[aria-current=page]")).hasText("Overview");
		String atelierPath = page.url().substring(url("").length());
		checkPage();

		// it is on the home page
		visit("/");
		var card = page.locator(".atelier-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name));
		assertThat(card).containsText("Energy");
		assertThat(card).containsText("Coordinator");
		assertThat(card).containsText("Latest change");
		card.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name)).click();
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
		assertThat(page).hasURL(url(atelierPath + "/edit"));
		checkPage();
		page.getByLabel("Challenge").fill("Sharing solar power behind one grid connection");
		page.getByLabel("Theme").selectOption("CIRCULAR");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The changes to " + name + " have been saved.");
		assertThat(page.locator("dl.facts")).containsText("Sharing solar power behind one grid connection");
		checkPage();

		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("History")).click();
		assertThat(page).hasURL(url(atelierPath + "/history"));
		var newest = page.locator(".history-entry").first();
		assertThat(newest).containsText("Atelier");
		assertThat(newest).containsText("changed");
		assertThat(newest).containsText("by " + user.username());
		assertThat(newest.locator("dl.changes")).containsText("A positive-energy block behind a congested grid");
		assertThat(newest.locator("dl.changes")).containsText("Sharing solar power behind one grid connection");
		assertThat(newest.locator("dl.changes")).containsText("Energy");
		assertThat(newest.locator("dl.changes")).containsText("Circular development");
		assertThat(page.locator(".history-entry")).hasCount(3);
		checkPage();
	}

	@Test
	void aStaleEditShowsTheConflictWithBothVersionsAndOverwritesNothing() {
		var user = TestUsers.create(accounts, "stale");
		signIn(user.username(), TestUsers.PASSWORD);
		String name = "Harbour " + TestUsers.uniqueName("s");
		String atelierPath = createAtelier(page, name);

		// the same person edits in a second browser at the same time and saves first
		BrowserContext other = secondBrowser();
		try {
			Page second = other.newPage();
			signInOn(second, user.username());
			second.navigate(url(atelierPath + "/edit"));
			page.navigate(url(atelierPath + "/edit"));
			second.getByLabel("Challenge").fill("Their challenge");
			second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(second.getByRole(AriaRole.STATUS)).containsText("have been saved");
		}
		finally {
			other.close();
		}

		page.getByLabel("Challenge").fill("My challenge");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Someone else changed this record");
		assertThat(page.getByLabel("Challenge")).hasValue("My challenge");
		assertThat(page.locator("section.conflict")).containsText("Saved by someone else:");
		assertThat(page.locator("section.conflict")).containsText("Their challenge");
		checkPage();

		visit(atelierPath);
		assertThat(page.locator("dl.facts")).containsText("Their challenge");

		// having seen both, a second save is deliberate and goes through
		page.navigate(url(atelierPath + "/edit"));
		page.getByLabel("Challenge").fill("My challenge");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("dl.facts")).containsText("My challenge");
	}

	/** Creates an atelier through the form on the given page and returns its path. */
	String createAtelier(Page on, String name) {
		on.navigate(url("/ateliers/new"));
		on.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		on.getByLabel("City").fill("Amsterdam");
		on.getByLabel("Theme").selectOption("ENERGY");
		on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the atelier")).click();
		assertThat(on.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
		return on.url().substring(url("").length());
	}

	void signInOn(Page on, String username) {
		on.navigate(url("/login"));
		on.getByLabel("User name").fill(username);
		on.getByLabel("Password").fill(TestUsers.PASSWORD);
		on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		on.waitForURL(url("/"));
	}

	/** A second, independent browser window (own cookies, own session) next to the test's own. */
	BrowserContext secondBrowser() {
		return context.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
	}
}
