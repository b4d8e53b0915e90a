package org.atelier.lifecycle.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator walks a new atelier out of Preconditions: sees the readiness check fail, fixes what
 * the workbench can fix, watches those criteria turn met while the rest stay not yet measurable,
 * and advances with an override that the timeline and the review keep showing.
 */
class GateReviewBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Test
	void aCoordinatorFixesTheWorkbenchGapsAndAdvancesWithAnOverride() {
		var coordinator = TestUsers.create(accounts, "gate-coord");
		signIn(coordinator.username(), TestUsers.PASSWORD);
		String name = "Harbour grid " + TestUsers.uniqueName("g");
		String atelier = createAtelier(name);

		// the readiness check of a new atelier fails, and says why
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lifecycle")).click();
		checkPage();
		assertThat(page.getByText("Not ready: 5 of 5 criteria are not met.")).isVisible();
		Locator challenge = page.locator("#criterion-challenge-validated");
		Locator conditions = page.locator("#criterion-operational-conditions-complete");
		Locator hypothesis = page.locator("#criterion-hypothesis-recorded");
		assertThat(challenge).containsText("No challenge statement has been written yet.");
		assertThat(hypothesis).containsText("One more working hypothesis is needed");

		// advancing without the override is refused, naming what is missing
		page.getByLabel("Rationale").fill("The council wants to start before summer.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record gate review")).click();
		assertThat(page.locator("#override-error")).containsText("not ready to advance");
		checkPage();

		// write and validate the challenge statement, following the link from the checklist
		challenge.getByRole(AriaRole.LINK).click();
		checkPage();
		page.getByLabel("Systemic issue").fill("Grid congestion blocks new housing in the harbour district.");
		page.getByLabel("Why it is urgent").fill("Permits for 800 homes stall this year.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as new version")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Version 1 of the challenge statement saved.");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validate version 1")).click();
		assertThat(page.locator(".badge.validated")).containsText("Validated by " + coordinator.username());
		checkPage();

		// secure the four operational conditions
		visit(atelier + "/conditions");
		String[][] items = { { "data-access", "Data sharing agreement of 3 March" },
				{ "confidentiality", "Signed by all partners" }, { "technical-expertise", "University lab joins" },
				{ "facilitation-budget", "EUR 15,000 from the programme" } };
		for (String[] item : items) {
			page.locator("#status-" + item[0]).selectOption("SECURED");
			page.locator("#evidence-" + item[0]).fill(item[1]);
			page.locator("#condition-" + item[0]).getByRole(AriaRole.BUTTON).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Operational condition saved.");
		}
		checkPage();

		// those criteria are met now; governance and stakeholders say what is missing; no hypothesis is recorded yet
		visit(atelier + "/lifecycle");
		assertThat(challenge).containsText("Met");
		assertThat(challenge).containsText("Version 1 of the challenge statement is validated.");
		assertThat(conditions).containsText("All 4 operational conditions are secured or not needed.");
		assertThat(hypothesis).containsText("One more working hypothesis is needed");
		assertThat(page.locator("#criterion-stakeholder-committed"))
			.containsText("No organisation with decision authority has committed yet");
		assertThat(page.locator("#criterion-governance-arranged"))
			.containsText("Still to do: name who facilitates the atelier and 2 more items.");
		assertThat(page.getByText("Not ready: 3 of 5 criteria are not met.")).isVisible();

		// advance anyway, with the override and a rationale
		page.getByLabel("Rationale").fill("The council mandate cannot wait; stakeholders follow in the first month.");
		page.getByLabel("Advance although not every criterion is met (override)").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record gate review")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("the atelier is in Establishing");
		checkPage();
		Locator timeline = page.locator("ol.timeline li");
		assertThat(timeline).hasCount(2);
		assertThat(timeline.nth(1)).containsText("Establishing");
		assertThat(timeline.nth(1)).containsText("Override");
		Locator review = page.locator("article.gate-review").first();
		assertThat(review).containsText("Advance: Preconditions to Establishing");
		assertThat(review.locator(".badge.override")).hasText("Override");
		assertThat(page.locator(".atelier-tags")).containsText("Establishing");
	}

	private String createAtelier(String name) {
		visit("/ateliers/new");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("City").fill("Bilbao");
		page.getByLabel("Theme").selectOption("ENERGY");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the atelier")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
		checkPage();
		return page.url().substring(url("").length());
	}
}
