package org.atelier.stakeholder;

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
 * A coordinator registers three organisations, moves one to committed and reads the maps: the
 * grid drawn as a chart and the same content in tables.
 */
class StakeholderBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Test
	void registerThreeOrganisationsCommitOneAndSeeTheGrid() {
		var coordinator = TestUsers.create(accounts, "sh-browser");
		String atelierName = TestUsers.uniqueName("Warmte Noord");
		long atelierId = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(atelierName, "Utrecht", null,
				Theme.ENERGY, null, null, null)).id());
		signIn(coordinator.username(), TestUsers.PASSWORD);

		visit("/ateliers/" + atelierId);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Stakeholders")).click();
		assertThat(page).hasURL(url("/ateliers/" + atelierId + "/stakeholders"));
		assertThat(page.getByText("No organisations have been registered yet.")).isVisible();
		checkPage();

		// a missing name and a decision authority without its subject are named next to the fields
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an organisation")).click();
		checkPage();
		page.getByLabel("Type of organisation").selectOption("MUNICIPALITY");
		page.getByLabel("Quadruple-helix sector").selectOption("GOVERNMENT");
		page.getByLabel("It formally decides on part of the challenge").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the register")).click();
		assertThat(page.locator("#name-error")).containsText("Enter the name of the organisation.");
		assertThat(page.locator("#authorityOver-error")).containsText("Say what the organisation decides over");
		checkPage();

		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Gemeente Utrecht");
		page.getByLabel("Decides over").fill("the heat transition plan");
		page.getByLabel("Influence", new Page.GetByLabelOptions().setExact(true)).selectOption("5");
		page.getByLabel("Interest", new Page.GetByLabelOptions().setExact(true)).selectOption("4");
		page.getByLabel("Power:").check();
		page.getByLabel("Legitimacy:").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the register")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gemeente Utrecht has been added to the register.");
		assertThat(page.locator("main")).containsText("Dominant (power and legitimacy)");
		checkPage();

		addOrganisation(atelierId, "Bewonersraad Overvecht", "COMMUNITY_GROUP", "CIVIL_SOCIETY", "2", "5");
		addOrganisation(atelierId, "Netbeheerder Stedin", "UTILITY", "INDUSTRY", "4", "2");

		// the municipality is approached, then commits
		visit("/ateliers/" + atelierId + "/stakeholders");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeente Utrecht")).click();
		checkPage();
		page.getByLabel("New status").selectOption("APPROACHED");
		page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill("Meeting with the alderman");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the change")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is now: Approached");
		page.getByLabel("New status").selectOption("COMMITTED");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the change")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is now: Committed");
		Locator history = page.locator("table.commitment-history tbody tr");
		assertThat(history).hasCount(3);
		assertThat(history.nth(1)).containsText("Meeting with the alderman");
		assertThat(history.nth(2)).containsText("Committed");
		assertThat(history.nth(2)).containsText(coordinator.displayName());
		checkPage();

		// a contact person is recorded and erased again
		page.getByLabel("Name of the contact").fill("Anna de Vries");
		page.getByLabel("E-mail address").fill("anna@example.org");
		page.getByLabel("Legal basis for keeping these details").selectOption("PUBLIC_TASK");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contact person")).click();
		assertThat(page.locator("table.contacts")).containsText("anna@example.org");
		checkPage();
		// her address was mistyped: corrected on its own page
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct Anna de Vries")).click();
		checkPage();
		assertThat(page.getByLabel("E-mail address")).hasValue("anna@example.org");
		page.getByLabel("E-mail address").fill("a.devries@example.org");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the correction")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contact person corrected.");
		assertThat(page.locator("table.contacts")).containsText("a.devries@example.org");
		page.onDialog(d -> d.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase Anna de Vries")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("have been erased");
		assertThat(page.locator("table.contacts")).containsText("Erased contact");
		assertThat(page.locator("table.contacts")).not().containsText("devries@example.org");
		checkPage();

		visit("/ateliers/" + atelierId + "/stakeholders");
		Locator rows = page.locator("table.stakeholders tbody tr");
		assertThat(rows).hasCount(3);
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("Gemeente Utrecht"))).containsText("Committed");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("Gemeente Utrecht"))).containsText("No value proposition");

		// the committed partner gets its value proposition
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeente Utrecht")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the value proposition")).click();
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("#motivations-error")).containsText("Choose at least one motivation.");
		checkPage();
		page.getByLabel("Policy goals").check();
		page.getByLabel("Value in the long term").fill("A heat network that outlasts the project");
		page.getByLabel("Expectations aligned with the atelier").selectOption("true");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("value proposition of Gemeente Utrecht has been saved");
		assertThat(page.locator("main")).containsText("A heat network that outlasts the project");
		checkPage();
		visit("/ateliers/" + atelierId + "/stakeholders");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("Gemeente Utrecht"))).not().containsText("No value proposition");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maps")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Power/interest grid"))).isVisible();
		// Chart.js draws into the canvas and sizes it
		assertThat(page.locator("canvas#stakeholder-grid")).hasAttribute("style", java.util.regex.Pattern.compile("width"));
		Locator grid = page.locator("table.grid-table tbody tr");
		assertThat(grid.filter(new Locator.FilterOptions().setHasText("Manage closely"))).containsText("Gemeente Utrecht (5/4)");
		assertThat(grid.filter(new Locator.FilterOptions().setHasText("Keep informed"))).containsText("Bewonersraad Overvecht");
		assertThat(grid.filter(new Locator.FilterOptions().setHasText("Keep satisfied"))).containsText("Netbeheerder Stedin");
		assertThat(grid.filter(new Locator.FilterOptions().setHasText("Monitor"))).containsText("None");
		assertThat(page.locator("table.salience-table tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Dominant"))).containsText("Gemeente Utrecht");
		assertThat(page.locator("table.engagement-table tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Gemeente Utrecht"))).containsText("Inform");
		checkPage();
	}

	private void addOrganisation(long atelierId, String name, String type, String sector, String influence,
			String interest) {
		visit("/ateliers/" + atelierId + "/stakeholders/new");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Type of organisation").selectOption(type);
		page.getByLabel("Quadruple-helix sector").selectOption(sector);
		page.getByLabel("Influence", new Page.GetByLabelOptions().setExact(true)).selectOption(influence);
		page.getByLabel("Interest", new Page.GetByLabelOptions().setExact(true)).selectOption(interest);
		page.getByLabel("Urgency:").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the register")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(name + " has been added to the register.");
	}
}
