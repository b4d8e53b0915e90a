package org.atelier.energy.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator tests whether a district fits under its grid connection: builds a scenario in the
 * editor (a refused number first), runs it and sees the congestion, copies it as a variant with a
 * battery and peak shaving, runs that and sees the congestion solved, uploads monitoring data (a
 * broken file is refused with its line and column), calibrates the model against it, and compares
 * the two scenarios side by side. Every page passes the accessibility check.
 */
class EnergyBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Test
	void aCoordinatorSolvesCongestionWithABatteryAndChecksTheModel() {
		var coordinator = TestUsers.create(accounts, "energy-coord");
		long atelier = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Harbour"),
				"Amsterdam", null, Theme.ENERGY, null, null, null)).id());
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Energy")).click();
		assertThat(page.locator("#no-scenarios")).isVisible();
		checkPage();

		// the editor: a word where a number belongs is refused and named
		page.locator("#new-scenario").click();
		checkPage();
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Offices and homes");
		page.getByLabel("Capacity (kWh)").fill("lots");
		page.locator("#save-scenario").click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter a number");
		checkPage();
		page.getByLabel("Capacity (kWh)").fill("");
		page.locator("#pv-0-kwp").fill("300");
		page.locator("#member-0-name").fill("Offices");
		page.locator("#member-0-category").selectOption("commercial");
		page.locator("#member-0-loadType").selectOption("constant");
		page.locator("#member-0-kw").fill("100");
		page.locator("#add-member").click();
		page.locator("#member-1-name").fill("Residents");
		page.locator("#member-1-loadType").selectOption("profile");
		page.locator("#member-1-profile").selectOption("residential");
		page.locator("#member-1-annualKwh").fill("300000");
		page.getByLabel("Import cap (kW)").fill("150");
		page.getByLabel("Export cap (kW)").fill("250");
		page.locator("#save-scenario").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Scenario saved; it can run.");
		assertThat(page.locator("#scenario-name")).hasText("Offices and homes");
		checkPage();

		// without a battery the district does not fit under the connection
		page.locator("#run-scenario").click();
		assertThat(page.locator("#congestion-verdict")).containsText("Congestion: import exceeds the cap in 963 steps");
		assertThat(page.locator("td[data-kpi=stepsImportOverCap]")).hasText("963");
		assertThat(page.locator("#members-table")).containsText("Residents");
		assertThat(page.locator("#week-chart")).isVisible();
		checkPage();

		// a variant with a battery that shaves the peaks
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to Offices and homes")).click();
		page.locator("#copy-scenario").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Copied.");
		checkPage();
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("With a battery");
		page.getByLabel("Capacity (kWh)").fill("400");
		page.getByLabel("Power (kW)").fill("100");
		page.getByLabel("Battery strategy").selectOption("PEAK_SHAVING");
		page.locator("#save-scenario").click();
		assertThat(page.locator("#scenario-name")).hasText("With a battery");
		page.locator("#run-scenario").click();
		assertThat(page.locator("#congestion-verdict")).containsText("Import stays within the connection's cap");
		assertThat(page.locator("td[data-kpi=stepsImportOverCap]")).hasText("0");
		checkPage();

		// which battery is the smallest that keeps the 150 kW cap?
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to With a battery")).click();
		page.locator("#sweep-link").click();
		assertThat(page.getByLabel("Lowest cap")).hasValue("113");
		checkPage();
		page.getByLabel("Smallest capacity").fill("0");
		page.getByLabel("Largest capacity").fill("400");
		page.getByLabel("Number of capacities").fill("3");
		page.getByLabel("Lowest cap").fill("150");
		page.getByLabel("Highest cap").fill("150");
		page.getByLabel("Number of caps").fill("1");
		page.locator("#run-sweep").click();
		assertThat(page.locator("#sweep-result-heading")).containsText("3 combinations simulated");
		assertThat(page.locator("#sweep-smallest tbody")).containsText("200 kWh");
		assertThat(page.locator("#sweep-grid tbody tr").first()).containsText("963");
		checkPage();

		// monitoring data: a broken file is refused with where it breaks, a good one is stored
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to With a battery")).click();
		page.locator("#upload-kind").selectOption("monitoring");
		page.locator("#upload-file").setInputFiles(new FilePayload("meter.csv", "text/csv",
				"kW\n120\n118\nabout 130\n".getBytes(StandardCharsets.UTF_8)));
		page.locator("#upload-button").click();
		assertThat(page.locator("#upload-errors")).containsText("Line 4, column 1");
		checkPage();
		StringBuilder measured = new StringBuilder("kW\n");
		for (int h = 0; h < 8760; h++) {
			measured.append(h % 24 < 7 ? "118" : "142").append('\n');
		}
		page.locator("#upload-kind").selectOption("monitoring");
		page.locator("#upload-file").setInputFiles(new FilePayload("meter.csv", "text/csv",
				measured.toString().getBytes(StandardCharsets.UTF_8)));
		page.locator("#upload-button").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("File meter.csv stored (8,760 values).");
		assertThat(page.locator("#files-table")).containsText("meter.csv");

		// the model against the meter
		page.locator("#runs-table a").first().click();
		page.locator("#quantity").selectOption("load");
		page.locator("#calibrate-button").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Model compared with the measurements.");
		assertThat(page.locator("article.calibration h4")).containsText("meter.csv against Consumption");
		assertThat(page.locator("article.calibration td.cvrmse")).containsText("%");
		checkPage();

		// both scenarios side by side
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Energy")).click();
		page.getByLabel("Compare Offices and homes").check();
		page.getByLabel("Compare With a battery").check();
		page.locator("#compare").click();
		assertThat(page.locator("#compare-table thead")).containsText("Offices and homes");
		assertThat(page.locator("#compare-table thead")).containsText("With a battery");
		assertThat(page.locator("#compare-table")).containsText("963");
		checkPage();
	}
}
