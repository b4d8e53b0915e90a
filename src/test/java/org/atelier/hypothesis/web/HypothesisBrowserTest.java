package org.atelier.hypothesis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.governance.DecisionInput;
import org.atelier.governance.DecisionLog;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator records a hypothesis with its test card, links a decision as evidence, concludes it
 * as supported with a learning card, finds it in the assumption map's table and turns the learning
 * card into a lesson; every page passes the accessibility check.
 */
class HypothesisBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	DecisionLog decisions;

	@Test
	void aCoordinatorTestsAHypothesisAndKeepsWhatItTaught() {
		var coordinator = TestUsers.create(accounts, "hyp-coord");
		long atelier = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Harbour"),
				"Amsterdam", null, Theme.ENERGY, null, null, null)).id());
		long decision = TestUsers.as(coordinator, () -> decisions.create(atelier, DecisionInput.parse(
				"Evening tariff for the garage", null, null, null, null, null, null, null, null, null, null), false).id());
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hypotheses")).click();
		assertThat(page.locator("#no-hypotheses")).isVisible();
		checkPage();

		// an empty form is refused, naming the fields
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a hypothesis")).click();
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the hypothesis")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Write the hypothesis.");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Say how important the hypothesis is.");
		checkPage();
		page.getByLabel("Hypothesis", new Page.GetByLabelOptions().setExact(true))
			.fill("Residents move EV charging to the afternoon when it is cheaper");
		page.getByLabel("Category").selectOption("DESIRABILITY");
		page.getByLabel("Importance").selectOption("5");
		page.getByLabel("Evidence so far").selectOption("1");
		page.getByLabel("How it will be tested").fill("A three-month tariff pilot with 40 households");
		page.getByLabel("What is measured").fill("Share of charging between 12:00 and 17:00");
		page.getByLabel("It holds when").fill("At least 30 percent of the charging moves");
		page.getByLabel("Test deadline").fill("2026-12-15");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the hypothesis")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Hypothesis recorded.");
		assertThat(page.locator("#hypothesis-status")).hasText("Open");
		assertThat(page.locator("#test-first")).isVisible();
		checkPage();

		// evidence: a web address that is not http(s) is refused, a decision of the atelier is linked
		page.getByLabel("Source", new Page.GetByLabelOptions().setExact(true)).selectOption("document");
		page.getByLabel("Web address of the document").fill("javascript:alert(1)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the evidence")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter a full web address");
		checkPage();
		page.getByLabel("Source", new Page.GetByLabelOptions().setExact(true)).selectOption("decision:" + decision);
		page.getByLabel("Web address of the document").fill("");
		page.getByLabel("Strength").selectOption("3");
		page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill("The garage operator agreed to the tariff.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the evidence")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Evidence added.");
		assertThat(page.locator("table.evidence-table")).containsText("Evening tariff for the garage");
		assertThat(page.locator("table.evidence-table")).containsText("Supports");

		// concluding without a learning card is refused; with one it is supported and dated in the history
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the status")).click();
		checkPage();
		page.getByLabel("New status").selectOption("SUPPORTED");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the status")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Write what you observed before concluding.");
		checkPage();
		page.getByLabel("New status").selectOption("SUPPORTED");
		page.getByLabel("What we observed").fill("38 percent of the charging moved to the afternoon.");
		page.getByLabel("What we learned").fill("A price signal alone shifts enough load.");
		page.getByLabel("What we decided").fill("Offer the tariff to every tenant.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the status")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Status changed to Supported.");
		assertThat(page.locator("#hypothesis-status")).hasText("Supported");
		assertThat(page.locator("#learning-card")).containsText("A price signal alone shifts enough load.");
		assertThat(page.locator("table.status-history tbody tr")).hasCount(2);
		assertThat(page.locator("#edit-hypothesis")).hasCount(0);
		checkPage();

		// the assumption map and its table
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the hypotheses")).click();
		assertThat(page.locator("svg.assumption-map circle")).hasCount(1);
		Locator row = page.locator("table.assumption-table tbody tr").first();
		assertThat(row).containsText("Residents move EV charging");
		assertThat(row).containsText("Supported");
		assertThat(row).containsText("Test these first");
		checkPage();

		// the learning card becomes a lesson, once
		row.getByRole(AriaRole.LINK).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn into a lesson")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The learning card is now a lesson.");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn into a lesson"))).hasCount(0);
		checkPage();
		page.locator("#lesson-link").getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1, h2").filter(new Locator.FilterOptions()
			.setHasText("Residents move EV charging to the afternoon when it is cheaper")).first()).isVisible();
		checkPage();
	}
}
