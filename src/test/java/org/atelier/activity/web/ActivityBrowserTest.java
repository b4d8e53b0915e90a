package org.atelier.activity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * A coordinator plans a workshop, writes its minutes with one decision and two actions,
 * circulates them (a partner proposes an amendment), approves them, and finds the decision in
 * the log and the actions in the list; the partner completes their action from "my actions";
 * an overdue action is counted on the overview and in the list of ateliers.
 */
class ActivityBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Test
	void aWorkshopIsPlannedItsMinutesApprovedAndItsActionsCarriedOut() {
		var coordinator = TestUsers.create(accounts, "act-coord");
		var partner = TestUsers.create(accounts, "act-partner");
		String name = TestUsers.uniqueName("Harbour grid");
		long atelier = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(name, "Rotterdam", null, Theme.ENERGY, null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			return id;
		});
		page.onDialog(dialog -> dialog.accept());
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sessions")).click();
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a session")).click();
		checkPage();

		// a missing title and start are named next to their fields
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the session")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Give the session a title.");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter when the session starts.");
		checkPage();

		page.getByLabel("Kind of session").selectOption("workshop");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Grid congestion workshop");
		page.getByLabel("Series").fill("Grid workshops");
		page.getByLabel("Purpose").fill("Find ways to stay under the grid connection limit.");
		page.getByLabel("Starts").fill("2026-06-10T14:00");
		page.getByLabel("Time zone").selectOption("Europe/Amsterdam");
		page.getByLabel("Duration in minutes").fill("120");
		page.getByLabel("Place").fill("Harbour office, room 3");
		page.getByLabel("Agenda").fill("Welcome\nThe grid map\nOptions and next steps");
		page.getByLabel(partner.displayName()).check();
		page.getByLabel("Open innovation activities").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the session")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The session is planned.");
		assertThat(page.locator("h2")).containsText("Grid congestion workshop");
		assertThat(page.locator("ol").first()).containsText("The grid map");
		checkPage();

		Download ics = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Add to my calendar (.ics)")).click());
		org.assertj.core.api.Assertions.assertThat(ics.suggestedFilename()).endsWith(".ics");

		// minutes with one decision and two actions
		page.getByLabel("Minutes", new Page.GetByLabelOptions().setExact(true)).fill("We mapped the congestion and chose a battery pilot.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the minutes")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The minutes are saved.");
		addOutcome("decision", "Start the battery pilot at the harbour office", null, null);
		addOutcome("action", "Ask the grid operator for load data", partner.displayName(), LocalDate.now().plusDays(14));
		addOutcome("action", "Draft the pilot agreement", coordinator.displayName(), LocalDate.now().minusDays(2));
		assertThat(page.locator("table").last().locator("tbody tr")).hasCount(3);
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Circulate for comments")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("circulated for comments");

		// the partner proposes an amendment
		page.context().clearCookies();
		signIn(partner.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier + "/sessions");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grid congestion workshop")).click();
		checkPage();
		page.getByLabel("Your comment").fill("Say that the pilot runs for one year.");
		page.getByLabel("This proposes an amendment to the text").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("proposed amendment is added");
		assertThat(page.locator("ul.comments")).containsText("Amendment");

		// the coordinator takes it in and approves
		page.context().clearCookies();
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier + "/sessions");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grid congestion workshop")).click();
		page.getByLabel("Minutes", new Page.GetByLabelOptions().setExact(true))
			.fill("We mapped the congestion and chose a battery pilot for one year.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the minutes")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the minutes")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The minutes are approved");
		assertThat(page.locator("#minutes-heading")).containsText("Approved");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In the decision log"))).hasCount(1);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Follow-up action"))).hasCount(2);
		checkPage();
		page.getByLabel("Addendum").fill("The pilot starts in September.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Append the addendum")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The addendum is appended.");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In the decision log")).click();
		assertThat(page.locator("h2").first()).containsText("Start the battery pilot");
		checkPage();
		// the decision gets a further action of its own
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a follow-up action")).click();
		checkPage();
		page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Order the battery");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The action is created.");
		assertThat(page.locator("dl.facts")).containsText("Decision: Start the battery pilot");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the battery pilot at the harbour office")).click();
		assertThat(page.locator("#actions-heading + ul")).containsText("Order the battery");
		checkPage();

		// the overdue action is counted on the overview and in the list of ateliers
		visit("/ateliers/" + atelier);
		assertThat(page.locator("ul.signals")).containsText("1 follow-up action overdue");
		visit("/ateliers");
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(name))).containsText("1 follow-up action overdue");
		page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(name)).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("1 follow-up action overdue")).click();
		assertThat(page.locator("table tbody tr")).hasCount(1);
		assertThat(page.locator("table tbody tr")).containsText("Draft the pilot agreement");
		checkPage();

		// the partner completes their action from "my actions"
		page.context().clearCookies();
		signIn(partner.username(), TestUsers.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My actions")).click();
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask the grid operator for load data")).click();
		checkPage();
		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("dropped");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Say why the action is dropped.");
		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("done");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The action is now: Done.");
		visit("/me/actions");
		assertThat(page.locator("main")).containsText("You have no open actions.");
	}

	private void addOutcome(String kind, String text, String owner, LocalDate due) {
		page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption(kind);
		page.getByLabel("Outcome", new Page.GetByLabelOptions().setExact(true)).fill(text);
		if (owner != null) {
			page.getByLabel("Owner").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(owner));
			page.getByLabel("Due date").fill(due.toString());
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the outcome")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The outcome is recorded.");
	}
}
