package org.atelier.capacity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.assessment.AssessmentService;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.method.Phase;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator adds themself to the core team and two funding sources, one of them EU programme
 * money ending within the year, and sees the FTE, the role without a deputy, the funding-cliff
 * warning and the runway with its table.
 */
class CapacityBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	AssessmentService assessments;

	@Test
	void aCoordinatorRecordsTheTeamAndFundingAndSeesTheCliff() {
		var coordinator = TestUsers.create(accounts, "cap-b-coord");
		var partner = TestUsers.create(accounts, "cap-b-partner");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		long atelier = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Canal heat"), "Utrecht", null, Theme.ENERGY,
					null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			return id;
		});
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Capacity and funding")).click();
		assertThat(page.locator("#warnings")).containsText("No warnings");
		assertThat(page.locator("#continuation")).containsText("have not been assessed yet");
		checkPage();

		// a team member: too many hours are refused next to the field
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a team member")).click();
		checkPage();
		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).fill("Atelier lead");
		page.getByLabel("Hours per week").fill("90");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter a number from 0 to 80.");
		checkPage();
		page.getByLabel("Hours per week").fill("18");
		page.getByLabel("Handover notes").fill("Steering group on the first Monday; files in the shared drive.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The team member is added.");
		assertThat(page.locator("#fte")).containsText("0.5 FTE");
		assertThat(page.locator("#fte")).containsText("1 FTE = 36 hours a week");
		assertThat(page.getByRole(AriaRole.NOTE)).containsText("Atelier lead");
		assertThat(page.locator("details.handover")).containsText("Atelier lead");
		checkPage();

		// two funding sources: EU programme money ending in eight months and an open-ended city budget
		addSource("programme-funding", "Interreg North-West Europe", "120000", today.minusYears(1),
				today.plusMonths(8), "committed");
		checkPage();
		addSource("municipal-budget", "City of Utrecht", "60000", today.minusMonths(6), null, "received");
		assertThat(page.locator("#warnings")).containsText("Funding cliff: 67% of the current annual funding");
		assertThat(page.locator("#warnings")).containsText("HHI");
		assertThat(page.locator("canvas#runway-chart")).hasAttribute("data-chart",
				java.util.regex.Pattern.compile("Programme funding"));
		assertThat(page.locator("#runway-table tbody tr")).hasCount(12);
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Interreg North-West Europe")))
			.containsText("Committed");
		checkPage();

		// the partner sees the same warning, and removes it by recording the programme's extension
		page.context().clearCookies();
		signIn(partner.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier + "/capacity");
		assertThat(page.locator("#warnings")).containsText("Funding cliff");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit funding from Interreg North-West Europe"))
			.click();
		checkPage();
		page.getByLabel("End date").fill(today.plusYears(2).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The funding source is saved.");
		assertThat(page.locator("#warnings")).not().containsText("Funding cliff");
		// now the programme brings 120,000 of the next year's 180,000: two thirds, HHI (2/3)² + (1/3)² = 0.5556
		assertThat(page.locator("#warnings")).containsText(
				"Concentration: Interreg North-West Europe brings 67% of next year's firm funding (more than 60%). HHI 5,556.");
		checkPage();

		// once the Continuation dimensions are assessed, they are listed beside the funding figures
		TestUsers.as(coordinator, () -> assessments.open(atelier, Phase.CONTINUATION));
		visit("/ateliers/" + atelier + "/capacity");
		assertThat(page.locator("#continuation")).containsText("Financial sustainability");
		assertThat(page.locator("#continuation").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("See the full results"))).hasCount(1);
	}

	private void addSource(String type, String funder, String amount, LocalDate start, LocalDate end, String status) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a funding source")).click();
		page.getByLabel("Type of funding").selectOption(type);
		page.getByLabel("Funder").fill(funder);
		page.getByLabel("Amount per year (EUR)").fill(amount);
		page.getByLabel("Start date").fill(start.toString());
		if (end != null) {
			page.getByLabel("End date").fill(end.toString());
		}
		page.getByLabel("Status").selectOption(status);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The funding source is added.");
	}
}
