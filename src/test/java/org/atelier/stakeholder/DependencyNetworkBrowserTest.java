package org.atelier.stakeholder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** A coordinator draws the dependency network on the maps page: a refused self-relation, two relations, one removed. */
class DependencyNetworkBrowserTest extends BrowserTestBase {

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	StakeholderRegister register;

	@Test
	void aCoordinatorRelatesOrganisationsAndSeesTheGraphAndItsTable() {
		var coordinator = TestUsers.create(accounts, "net-browser");
		long atelier = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Networked"), "Delft", null, Theme.ENERGY, null,
					null, null)).id();
			for (String name : new String[] { "City of Delft", "Grid operator", "Housing corporation" }) {
				register.create(id, StakeholderInput.parse(name, "company", "industry", null, false, null, "3", "3", false,
						false, false, "neutral", "neutral"));
			}
			return id;
		});
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier + "/stakeholders/maps");
		assertThat(page.getByText("No relations between organisations recorded yet.")).isVisible();

		page.getByLabel("From").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("City of Delft"));
		page.getByLabel("Relation", new Page.GetByLabelOptions().setExact(true)).selectOption("REGULATES");
		page.getByLabel("To", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("City of Delft"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the relation")).click();
		assertThat(page.locator("#relation-problems")).containsText("cannot have a relation with itself");
		checkPage();

		addRelation("Grid operator", "SUPPLIES_DATA_TO", "City of Delft");
		addRelation("City of Delft", "FUNDS", "Housing corporation");
		assertThat(page.locator("svg.network-graph line")).hasCount(2);
		assertThat(page.locator("svg.network-graph circle")).hasCount(3);
		assertThat(page.locator("table.relations")).containsText("supplies data to");
		checkPage();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove City of Delft – Housing corporation")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Relation removed.");
		assertThat(page.locator("svg.network-graph line")).hasCount(1);

		// the maps as they were two days ago: the organisations, as then, and no relations yet
		jdbc.sql("update stakeholder_map_state set valid_from = valid_from - interval '3' day where atelier_id = :a")
			.param("a", atelier).update();
		String twoDaysAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2).toString();
		page.getByLabel("Show the maps as they were at the end of").fill(twoDaysAgo);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show").setExact(true)).click();
		assertThat(page.locator("#as-of-notice")).containsText("cannot be changed");
		assertThat(page.locator("svg.network-graph line")).hasCount(0);
		assertThat(page.locator("table.relations")).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the relation"))).hasCount(0);
		assertThat(page.locator("main")).containsText("Housing corporation");
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to today")).click();
		assertThat(page.locator("svg.network-graph line")).hasCount(1);
	}

	private void addRelation(String from, String kind, String to) {
		page.getByLabel("From").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(from));
		page.getByLabel("Relation", new Page.GetByLabelOptions().setExact(true)).selectOption(kind);
		page.getByLabel("To", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(to));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the relation")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Relation added.");
	}
}
