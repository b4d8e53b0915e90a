package org.atelier.archive.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.archive.ArchiveHttp;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.governance.GovernanceRecords;
import org.atelier.governance.RoleInput;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator exports an atelier from its overview, imports the downloaded file on the import
 * page (a file that is no archive is refused first, with its problem), sees the new atelier and
 * the people the installation lacks; then starts a third atelier from the first one's structure.
 */
class ArchiveBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	GovernanceRecords governance;

	/** The archive with the partner's e-mail replaced by one no account here has. */
	private static Path withoutPartner(Path archive, String email) throws java.io.IOException {
		var entries = ArchiveHttp.entries(java.nio.file.Files.readAllBytes(archive));
		String json = new String(entries.get("atelier.json"), java.nio.charset.StandardCharsets.UTF_8);
		entries.put("atelier.json", json.replace(email, "gone-partner@example.org")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return java.nio.file.Files.write(java.nio.file.Files.createTempFile("archive", ".zip"), ArchiveHttp.zip(entries));
	}

	@Test
	void anAtelierIsExportedImportedAndReplicated() throws Exception {
		var coordinator = TestUsers.create(accounts, "arc-coord");
		var partner = TestUsers.create(accounts, "arc-partner");
		String name = TestUsers.uniqueName("Harbour heat");
		long atelier = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(name, "Rotterdam", "Delfshaven", Theme.ENERGY, null, null, null))
				.id();
			members.add(id, partner.username(), "PARTNER");
			governance.addRole(id, RoleInput.parse("chair", null, partner.username(), null, null, false,
					"Chairs the core team", null, null));
			return id;
		});
		page.onDialog(dialog -> dialog.accept());
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier);
		checkPage();

		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Export as archive")).click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".atelier.zip");
		Path archive = download.path();

		visit("/ateliers");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import an atelier")).click();
		checkPage();
		page.getByLabel("Archive (.zip)").setInputFiles(Path.of("pom.xml"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("This is not a zip archive.");
		checkPage();

		// the partner's e-mail changes on the way, as if they had no account in this installation
		String copyName = TestUsers.uniqueName("Harbour heat copy");
		page.getByLabel("Archive (.zip)").setInputFiles(withoutPartner(archive, partner.email()));
		page.getByLabel("Name of the new atelier").fill(copyName);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("was imported");
		assertThat(page.locator("h1")).containsText(copyName);
		assertThat(page.locator("table")).containsText("gone-partner@example.org");
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the atelier")).click();
		assertThat(page.locator("h1")).containsText(copyName);
		checkPage();

		visit("/ateliers/" + atelier);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a new atelier from this one")).click();
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the new atelier")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
		checkPage();
		// the source's own name in its own city is taken: said next to the name
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("City").fill("Rotterdam");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the new atelier")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("is already called");
		checkPage();
		String replicaName = TestUsers.uniqueName("Harbour heat Utrecht");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(replicaName);
		page.getByLabel("City").fill("Utrecht");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the new atelier")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("was started from the structure of");
		assertThat(page.locator("h1")).containsText(replicaName);
		checkPage();
	}
}
