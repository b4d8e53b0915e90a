package org.atelier.governance.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator lays down the governance of a new atelier: the mandate, a facilitator and a
 * decision-maker, an escalation route and a RACI row (first broken, then fixed); then logs a
 * decision, accepts it and supersedes it; the readiness check turns governance-arranged met.
 */
class GovernanceBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Test
	void aCoordinatorArrangesGovernanceAndKeepsTheDecisionLog() {
		var coordinator = TestUsers.create(accounts, "gov-coord");
		long atelier = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Harbour"),
				"Amsterdam", null, Theme.ENERGY, null, null, null)).id());
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Governance")).click();
		checkPage();

		page.getByLabel("Mandate of the atelier").fill("Proposes pilots for the harbour grid to the steering group.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the mandate")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mandate saved.");

		// a role without a holder is refused, naming the field
		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("FACILITATOR");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the role")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Held by: choose a member or name the person.");
		checkPage();
		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("FACILITATOR");
		page.getByLabel("Held by a member").selectOption(coordinator.username());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the role")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Role added.");
		Locator roles = page.locator("table.governance-roles");
		assertThat(roles).containsText(coordinator.displayName());
		assertThat(roles).containsText("Single point of failure");

		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("DECISION_MAKER");
		page.getByLabel("Held by (name)").fill("Alderman De Vries");
		page.getByLabel("Mandate ends on").fill(java.time.LocalDate.now().plusDays(10).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the role")).click();
		assertThat(roles).containsText("Mandate ends within 30 days");

		// the decision-maker's mandate is extended on the role's own page
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Alderman De Vries")).click();
		checkPage();
		page.getByLabel("Mandate ends on").fill(java.time.LocalDate.now().plusDays(200).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the role")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Role saved.");
		assertThat(roles.locator("tr", new Locator.LocatorOptions().setHasText("Alderman De Vries")))
			.not().containsText("Mandate ends within 30 days");

		page.getByLabel("Level", new Page.GetByLabelOptions().setExact(true)).fill("Core team");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the level")).click();
		page.getByLabel("Level", new Page.GetByLabelOptions().setExact(true)).fill("Steering group");
		page.getByLabel("What goes up to it").fill("Spending above 50,000 euro");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the level")).click();
		assertThat(page.locator("ol.escalation-route li")).hasCount(2);
		assertThat(page.locator("ol.escalation-route li").nth(1)).containsText("Steering group");
		checkPage();

		// the RACI matrix: a row without a Responsible is kept and flagged, then fixed
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("RACI matrix")).click();
		checkPage();
		page.getByLabel("Responsibility", new Page.GetByLabelOptions().setExact(true)).fill("Approve the pilot budget");
		page.locator("select[name='letters[Alderman De Vries]']").last().selectOption("A");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the row")).click();
		assertThat(page.locator("#raci-broken")).containsText("One row breaks the rules");
		assertThat(page.locator("table.raci")).containsText("No Responsible");
		checkPage();
		Locator edit = page.locator("section.raci-edit").first();
		edit.locator("select[name='letters[" + coordinator.displayName() + "]']").selectOption("R");
		edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the row")).click();
		assertThat(page.locator("#raci-ok")).isVisible();

		// the decision log: propose, accept, supersede
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Decisions")).click();
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a decision")).click();
		checkPage();
		page.getByLabel("Title").fill("Battery at the school");
		page.getByLabel("Options considered").fill("Battery of 200 kWh\nWait for the grid reinforcement");
		page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true)).fill("Place a 200 kWh battery.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the decision")).click();
		assertThat(page.locator("#decision-status")).hasText("Proposed");
		checkPage();
		page.locator("#decide-by").fill("Steering group");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
		assertThat(page.locator("#decision-status")).hasText("Accepted");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the proposal"))).hasCount(0);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Supersede with a new decision")).click();
		checkPage();
		page.getByLabel("Title").fill("Bigger battery at the school");
		page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true)).fill("Place a 400 kWh battery.");
		page.getByLabel("Decided by").fill("Steering group");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the new decision")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The new decision supersedes the earlier one.");
		assertThat(page.locator("#supersedes")).containsText("Battery at the school");
		page.locator("#supersedes").getByRole(AriaRole.LINK).click();
		assertThat(page.locator("#decision-status")).hasText("Superseded");
		assertThat(page.locator("#superseded-by")).containsText("Bigger battery at the school");
		checkPage();

		// the readiness check sees the arrangement
		visit("/ateliers/" + atelier + "/lifecycle");
		assertThat(page.locator("#criterion-governance-arranged"))
			.containsText("Someone facilitates, someone holds decision authority, and the mandate is written down.");
	}
}
