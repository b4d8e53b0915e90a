package org.atelier.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator opens the atelier's dashboard from its sub-navigation, downloads the progress
 * report and an export, opens the portfolio, finds their atelier (and not another one) and drills
 * down to its dashboard again; every page passes axe-core.
 */
class ReportBrowserTest extends BrowserTestBase {

	@Autowired
	ApplicationContext beans;

	@Test
	void aCoordinatorReadsTheDashboardDownloadsTheReportAndDrillsDownFromThePortfolio() throws Exception {
		ReportFixture f = new ReportFixture(beans, "rbt");
		signIn(f.coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + f.atelierId);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dashboard")).click();
		checkPage();
		assertThat(page.locator("[data-figure=overdue-actions]")).hasText("1");
		assertThat(page.locator("[data-figure=open-actions]")).hasText("2");
		assertThat(page.locator("#blocks-table")).containsText("2.0");
		assertThat(page.locator("#hypotheses-table")).containsText("Open");
		assertThat(page.locator("canvas.report-chart").first()).hasAttribute("data-chart",
				java.util.regex.Pattern.compile(".*\"values\".*"));

		Download report = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Download the progress report (PDF)")).click());
		org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).startsWith("progress-").endsWith(".pdf");
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(report.path()))) {
			org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf))
				.contains("Progress report: " + f.name);
		}
		Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Follow-up actions as CSV")).click());
		org.assertj.core.api.Assertions.assertThat(Files.readString(csv.path()))
			.startsWith("id,title,").contains("'=HYPERLINK");

		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Portfolio")).click();
		checkPage();
		assertThat(page.locator("h1")).hasText("Portfolio");
		assertThat(page.locator("#overdue-table")).containsText(f.name);
		assertThat(page.locator("#phases-chart")).hasAttribute("data-chart", java.util.regex.Pattern.compile(".*\"values\".*"));
		assertThat(page.locator("#phases-table")).containsText("Establishing");
		assertThat(page.locator("main")).not().containsText(f.otherName);
		assertThat(page.locator("#overdue-table tr[data-atelier='" + f.atelierId + "'] td.num")).hasText("1");
		page.locator("#overdue-table").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(f.name)).click();
		checkPage();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ateliers/" + f.atelierId + "/dashboard$"));

		// the assessment heat map, whose table the portfolio shares, still leads to assessments
		visit("/portfolio/assessments");
		assertThat(page.locator("#heatmap tr[data-atelier='" + f.atelierId + "'] a"))
			.hasAttribute("href", "/ateliers/" + f.atelierId + "/assessments");
	}
}
