package org.atelier.activity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.activity.ActionInput;
import org.atelier.activity.ActionRegister;
import org.atelier.activity.ActionReminders;
import org.atelier.activity.SessionInput;
import org.atelier.activity.Sessions;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The upkeep of sessions and actions as a coordinator meets it: reading and clearing reminders,
 * changing an action, creating a calendar subscription that a calendar can read and revoking it,
 * recording who attended, changing a session and cancelling it. Every page passes the
 * accessibility check.
 */
class ActivityUpkeepBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	Sessions sessions;

	@Autowired
	ActionRegister actions;

	@Autowired
	ActionReminders reminders;

	@Test
	void aCoordinatorKeepsSessionsAndActionsUpToDate() {
		var coordinator = TestUsers.create(accounts, "upkeep-coord");
		var partner = TestUsers.create(accounts, "upkeep-partner");
		long atelier = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Quay"), "Amsterdam", null, Theme.ENERGY,
					null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			return id;
		});
		long session = TestUsers.as(coordinator, () -> sessions.create(atelier, SessionInput.parse("workshop", null,
				"Heat network workshop", "Map the heat demand", null, "2026-12-15T15:00", "Europe/Amsterdam", "90",
				"Quay office", null, coordinator.id(), null, List.of(), "Welcome", List.of(partner.id()), List.of(),
				List.of())).id());
		long action = TestUsers.as(coordinator, () -> actions.create(atelier, new ActionInput("Send the heat map",
				null, coordinator.id(), LocalDate.now().minusDays(2), "session", session)).id());
		reminders.run();

		// the reminder is waiting in the navigation and on "My actions"; it can be cleared
		signIn(coordinator.username(), TestUsers.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My actions (1 new reminders)")).click();
		assertThat(page.locator(".reminders")).containsText("Send the heat map");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("All reminders are marked as read.");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My actions").setExact(true)))
			.isVisible();

		// the action gets a clearer title and a new due date
		visit("/ateliers/" + atelier + "/actions/" + action);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the action")).click();
		checkPage();
		page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Send the heat demand map");
		page.getByLabel("Due date").fill(LocalDate.now().plusDays(7).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The action is saved.");
		assertThat(page.locator("main")).containsText("Send the heat demand map");
		assertThat(page.locator("main")).not().containsText("Overdue");

		// a calendar subscription: shown once, readable by a calendar, then revoked
		visit("/ateliers/" + atelier + "/sessions");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a subscription address")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The subscription address is created.");
		String feed = page.locator("#feed-url").inputValue();
		assertThat(feed).contains("/public/calendar/");
		checkPage();
		APIResponse calendar = context.request().get(feed);
		assertThat(calendar.status()).isEqualTo(200);
		assertThat(calendar.text()).contains("BEGIN:VCALENDAR").contains("Heat network workshop");
		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the address")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The subscription address is revoked.");
		assertThat(page.locator("main")).containsText("There is no subscription address.");
		assertThat(context.request().get(feed).status()).isEqualTo(404);

		// attendance, a change, and the cancellation
		visit("/ateliers/" + atelier + "/sessions/" + session);
		page.getByLabel(partner.displayName()).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Attendance is saved.");
		assertThat(page.getByLabel(partner.displayName())).isChecked();
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the session")).click();
		checkPage();
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Heat network workshop (moved)");
		page.getByLabel("Place").fill("Quay office, room 2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The session is saved.");
		assertThat(page.locator("h2")).containsText("Heat network workshop (moved)");
		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the session")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The session is cancelled.");
		assertThat(page.locator("main")).containsText("This session has been cancelled.");
		checkPage();
	}
}
