package org.atelier.activity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.activity.SessionInput;
import org.atelier.activity.Sessions;
import org.atelier.archive.ArchiveService;
import org.atelier.archive.ReplicaInput;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An atelier started from another one finds the session series of its source waiting on the
 * sessions page: the coordinator plans the first core-team session from it (kind, purpose, length
 * and blocks filled in), sets the other series aside, and both disappear from the list.
 */
class SeriesPlanBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	Sessions sessions;

	@Autowired
	ArchiveService archives;

	@Test
	void aReplicaStartsTheSeriesItTookOver() {
		var coordinator = TestUsers.create(accounts, "plan-coord");
		long replica = TestUsers.as(coordinator, () -> {
			long source = ateliers.create(new AtelierInput(TestUsers.uniqueName("Harbour"), "Amsterdam", null,
					Theme.ENERGY, null, null, null)).id();
			sessions.create(source, SessionInput.parse("workshop", "Core team", "Core team kick-off",
					"Agree who does what this quarter", null, "2026-03-02T15:00", "Europe/Amsterdam", "90", "Harbour office",
					null, coordinator.id(), null, List.of("strategic-coordination"), null, List.of(), List.of(), List.of()));
			sessions.create(source, SessionInput.parse("co-creation", "Residents' evenings", "First residents' evening",
					"Hear what residents want", null, "2026-03-10T19:00", "Europe/Amsterdam", "120", "Community room",
					null, coordinator.id(), null, List.of(), null, List.of(), List.of(), List.of()));
			return archives.replicate(source, new ReplicaInput(TestUsers.uniqueName("Second harbour"), "Rotterdam", null,
					"energy")).atelierId();
		});
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + replica);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sessions")).click();
		assertThat(page.locator("#series-plans")).containsText("Core team");
		assertThat(page.locator("#series-plans")).containsText("Residents' evenings");
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan the first session of Core team")).click();
		assertThat(page.getByLabel("Series")).hasValue("Core team");
		assertThat(page.getByLabel("Purpose")).hasValue("Agree who does what this quarter");
		assertThat(page.getByLabel("Duration in minutes")).hasValue("90");
		assertThat(page.getByLabel("Kind of session")).hasValue("workshop");
		checkPage();
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Core team, first meeting");
		page.getByLabel("Starts").fill("2026-12-07T15:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the session")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The session is planned.");

		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sessions")).click();
		assertThat(page.locator("#series-plans")).not().containsText("Core team");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set Residents' evenings aside")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The series is set aside.");
		assertThat(page.locator("#series-plans")).hasCount(0);
		checkPage();
	}
}
