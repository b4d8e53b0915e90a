package org.atelier.stakeholder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
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
 * A coordinator attaches the signed letter of commitment of an organisation: a file that is no
 * document is refused next to the file field, the letter is listed, downloads as it was sent and
 * is removed again.
 */
class StakeholderDocumentBrowserTest extends BrowserTestBase {

	private static final byte[] LETTER = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	StakeholderRegister register;

	@Test
	void aCoordinatorAttachesDownloadsAndRemovesASignedLetter() throws Exception {
		var coordinator = TestUsers.create(accounts, "doc-browser");
		long atelier = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Harbour"),
				"Rotterdam", null, Theme.ENERGY, null, null, null)).id());
		long organisation = TestUsers.as(coordinator, () -> register.create(atelier, StakeholderInput.parse(
				"Port of Rotterdam", "company", "industry", null, false, null, "5", "4", true, false, false, "neutral",
				"supportive")).id());
		page.onDialog(dialog -> dialog.accept());
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier + "/stakeholders/" + organisation);
		assertThat(page.getByText("No signed letters or agreements attached yet.")).isVisible();

		page.getByLabel("Title").fill("Letter of intent");
		page.getByLabel("Kind of document").selectOption("LETTER_OF_COMMITMENT");
		page.getByLabel("Signed on").fill("2026-02-14");
		page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(new FilePayload("letter.pdf", "application/pdf", "<html>not a letter</html>".getBytes(StandardCharsets.UTF_8)));
		attach();
		assertThat(page.locator("#file-error")).containsText("only PDF, PNG, JPEG");
		checkPage();

		page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(new FilePayload("Signed letter.pdf", "application/pdf", LETTER));
		attach();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("“Letter of intent” is attached.");
		Locator documents = page.locator("table.documents");
		assertThat(documents).containsText("Letter of intent");
		assertThat(documents).containsText("Letter of commitment");
		assertThat(documents).containsText("Signed letter.pdf (PDF, 1 KB)");
		checkPage();

		Download download = page.waitForDownload(() -> documents.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Letter of intent")).click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("Signed letter.pdf");
		org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(LETTER);

		documents.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove Letter of intent")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("“Letter of intent” was removed.");
		assertThat(page.getByText("No signed letters or agreements attached yet.")).isVisible();
		checkPage();
	}

	private void attach() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach the document")).click();
		page.waitForLoadState();
	}
}
