package org.atelier.stakeholder;

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
 * A coordinator imports a register from a spreadsheet: the first file has a mistake and nothing is
 * imported, the page lists the problem with its line and column; the corrected file imports whole.
 */
class StakeholderCsvBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Test
	void aCoordinatorImportsTheRegisterAfterCorrectingTheReportedLine() {
		var coordinator = TestUsers.create(accounts, "csv-browser");
		long atelier = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Imported"),
				"Utrecht", null, Theme.ENERGY, null, null, null)).id());
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier + "/stakeholders");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import from CSV")).click();
		checkPage();

		String header = String.join(",", RegisterCsv.COLUMNS) + "\n";
		String wrong = header + "Gemeente Utrecht,municipality,government,Owns the land,true,Permits,5,4,true,true,false,"
				+ "supportive,leading,committed\n" + "Energie-cooperatie,cooperative,civil-society,,false,,3,5,false,true,"
				+ "true,neutral,supportive,approached\n";
		upload("register.csv", wrong);
		assertThat(page.locator("#import-problems")).containsText("Nothing was imported.");
		assertThat(page.locator("#import-problems")).containsText("Line 3, column type:");
		checkPage();

		upload("register.csv", wrong.replace("cooperative", "community-group"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 organisations imported.");
		Locator table = page.locator("main table").first();
		assertThat(table).containsText("Gemeente Utrecht");
		assertThat(table).containsText("Energie-cooperatie");
		checkPage();
	}

	private void upload(String name, String content) {
		page.getByLabel("CSV file").setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
	}
}
