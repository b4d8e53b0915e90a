package org.atelier.lifecycle.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.lifecycle.ContextEntry;
import org.atelier.lifecycle.ContextInput;
import org.atelier.lifecycle.ContextMap;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator maps an interdependency, corrects it, meets a colleague's change made in the
 * meantime (the form shows theirs and keeps the coordinator's text), saves over it knowingly, and
 * removes the entry.
 */
class ContextMapBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	ContextMap contextMap;

	@Test
	void aCoordinatorAddsChangesAndRemovesAnInterdependency() {
		var coordinator = TestUsers.create(accounts, "cm-coord");
		long atelier = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Harbour"),
				"Rotterdam", null, Theme.ENERGY, null, null, null)).id());
		signIn(coordinator.username(), TestUsers.PASSWORD);

		visit("/ateliers/" + atelier + "/context-map");
		checkPage();
		page.getByLabel("Domain").selectOption("TECHNICAL");
		page.getByLabel("Description").fill("The substation is full until 2029.");
		page.getByLabel("Actors involved").fill("Grid operator");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the map")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Entry added to the context map.");
		Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("substation"));
		assertThat(row).containsText("Technical");

		// correct it
		row.getByRole(AriaRole.LINK).click();
		checkPage();
		assertThat(page.getByLabel("Description")).hasValue("The substation is full until 2029.");
		page.getByLabel("Domain").selectOption("GOVERNANCE");
		page.getByLabel("Description").fill("New connections wait for the substation, full until 2029.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the change")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Context-map entry changed.");
		row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("New connections wait"));
		assertThat(row).containsText("Governance");

		// a colleague changes it while the coordinator edits: the form shows theirs and keeps the own text
		row.getByRole(AriaRole.LINK).click();
		ContextEntry entry = TestUsers.as(coordinator, () -> contextMap.entries(atelier).getFirst());
		TestUsers.as(coordinator, () -> contextMap.update(atelier, entry.id(), entry.version(),
				ContextInput.parse("MARKET", "Tariffs make batteries unattractive.", null)));
		page.getByLabel("Description").fill("My wording of the congestion.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the change")).click();
		assertThat(page.locator(".conflict")).containsText("Tariffs make batteries unattractive.");
		assertThat(page.getByLabel("Description")).hasValue("My wording of the congestion.");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the change")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Context-map entry changed.");
		assertThat(page.locator("tbody")).containsText("My wording of the congestion.");
		assertThat(page.locator("tbody")).not().containsText("Tariffs");

		// remove it
		page.onDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove My wording of the congestion.")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Entry removed from the context map.");
		assertThat(page.locator("tbody tr")).hasCount(0);
		checkPage();
	}
}
