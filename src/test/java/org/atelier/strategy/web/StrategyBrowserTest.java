package org.atelier.strategy.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A coordinator writes the vision and mission with a first-year objective, a partner endorses it,
 * the page shows who has not endorsed yet, and a new version starts the endorsements afresh.
 */
class StrategyBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Test
	void aNewVersionNeedsNewEndorsements() throws Exception {
		AccountView coordinator = TestUsers.create(accounts, "sb-coord");
		AccountView partner = TestUsers.create(accounts, "sb-partner");
		AccountView other = TestUsers.create(accounts, "sb-other");
		long id = atelierWith(coordinator, partner, other);
		String strategy = "/ateliers/" + id + "/strategy";

		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + id);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vision & mission"))
			.click();
		assertThat(page).hasURL(url(strategy));
		assertThat(page.locator("main")).containsText("No vision or mission has been written yet.");
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write the first version")).click();
		checkPage();
		page.getByLabel("Vision", new Page.GetByLabelOptions().setExact(true)).fill("A harbour district that produces more energy than it uses.");
		page.getByLabel("Mission", new Page.GetByLabelOptions().setExact(true)).fill("We bring grid, builders and residents together to test it.");
		// a row with a measure but no objective is named as the problem
		page.locator("[id='objectives0.measure']").fill("Two buildings monitored");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as new version")).click();
		assertThat(page.locator("[id='objectives0-objective-error']")).containsText("Describe the objective");
		checkPage();

		page.locator("[id='objectives0.objective']").fill("Run a first shared-battery pilot");
		page.locator("[id='objectives0.owner']").selectOption(partner.username());
		page.locator("[id='objectives0.dueDate']").fill("2027-06-30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as new version")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Version 1 has been saved.");
		assertThat(page.locator("table.objectives")).containsText("Run a first shared-battery pilot");
		assertThat(page.locator("table.objectives")).containsText("Test sb-partner");
		assertThat(page.locator(".not-endorsed")).containsText("3 of 3 partner members have not endorsed");
		checkPage();

		// the partner endorses in their own browser
		BrowserContext second = context.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		try {
			Page p = second.newPage();
			p.navigate(url("/login"));
			p.getByLabel("User name").fill(partner.username());
			p.getByLabel("Password").fill(TestUsers.PASSWORD);
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			p.waitForURL(url("/"));
			p.navigate(url(strategy));
			assertThat(p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a new version"))).hasCount(0);
			p.getByLabel("Your organisation").fill("Harbour Grid Company");
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endorse version 1")).click();
			assertThat(p.getByRole(AriaRole.STATUS)).containsText("on behalf of Harbour Grid Company");
			assertThat(p.locator("main")).containsText("You have endorsed this version.");
		}
		finally {
			second.close();
		}

		page.reload();
		Locator missing = page.locator(".not-endorsed");
		assertThat(missing).containsText("2 of 3 partner members have not endorsed");
		assertThat(missing).containsText("Test sb-other");
		assertThat(missing).containsText("Test sb-coord");
		assertThat(missing).not().containsText("Test sb-partner");
		assertThat(page.locator("table.standing tr").filter(new Locator.FilterOptions().setHasText("Test sb-partner")))
			.containsText("Harbour Grid Company");
		checkPage();

		// a new version: the endorsement does not carry over
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a new version")).click();
		assertThat(page.getByLabel("Vision", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("A harbour district that produces more energy than it uses.");
		page.getByLabel("Strategy", new Page.GetByLabelOptions().setExact(true)).fill("Start with the two largest roofs.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as new version")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Version 2 has been saved.");
		assertThat(page.locator(".not-endorsed")).containsText("3 of 3 partner members have not endorsed");
		assertThat(page.locator(".not-endorsed")).containsText("Test sb-partner");
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All versions")).click();
		Locator revisions = page.locator("li.revision");
		assertThat(revisions).hasCount(2);
		assertThat(revisions.nth(0)).containsText("Version 2 · in force");
		assertThat(revisions.nth(0)).containsText("Nobody endorsed this version.");
		assertThat(revisions.nth(1)).containsText("Test sb-partner for Harbour Grid Company");
		checkPage();
	}

	/** An atelier founded by the coordinator with the two others as partners, set up through the API. */
	private long atelierWith(AccountView coordinator, AccountView... partners) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String auth = HttpSession.basic(coordinator.username(), TestUsers.PASSWORD);
		var created = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/ateliers")))
			.header("Authorization", auth).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + TestUsers.uniqueName("Harbour")
					+ "\",\"city\":\"Amsterdam\",\"theme\":\"energy\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		long id = JsonMapper.builder().build().readTree(created.body()).get("id").asLong();
		for (AccountView p : partners) {
			var added = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/ateliers/" + id + "/members")))
				.header("Authorization", auth).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + p.username() + "\",\"role\":\"partner\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			org.assertj.core.api.Assertions.assertThat(added.statusCode()).isEqualTo(201);
		}
		return id;
	}
}
