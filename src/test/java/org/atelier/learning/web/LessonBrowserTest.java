package org.atelier.learning.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonInput;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator in Amsterdam searches what a Bilbao atelier learned, opens the lesson, marks it as
 * applied in her own atelier, finds it suggested beside the method, and records a lesson of her own.
 */
class LessonBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	LessonBook lessons;

	@Test
	void searchALessonFromAnotherCityOpenItMarkItAppliedAndRecordOne() {
		var bilbaoCoordinator = TestUsers.create(accounts, "lb-bilbao");
		var amsterdamCoordinator = TestUsers.create(accounts, "lb-amsterdam");
		String bilbao = TestUsers.uniqueName("Bilbao");
		String title = "Las viviendas renovadas comparten calor " + TestUsers.uniqueName("z");
		TestUsers.as(bilbaoCoordinator, () -> {
			long atelier = ateliers.create(new AtelierInput(TestUsers.uniqueName("Isla"), bilbao, null, Theme.ENERGY, null,
					null, null)).id();
			lessons.create(atelier, LessonInput.parse(title,
					"Conectar las viviendas a una red com\u00fan <b>redujo</b> el consumo.", null, null,
					"Planificar juntos.", null, "preconditions", List.of("strategic-coordination"), "energy", null,
					"calor", "INSTALLATION", "es", "2099-01-01"));
			return lessons.create(atelier, LessonInput.parse("Solo para el equipo " + TestUsers.uniqueName("s"),
					"Las viviendas del equipo.", null, null, null, null, "preconditions", List.of(), "energy", null, null,
					"MEMBERS", "es", "2099-01-01"));
		});
		String ownName = TestUsers.uniqueName("Republica");
		long own = TestUsers.as(amsterdamCoordinator, () -> ateliers.create(new AtelierInput(ownName, "Amsterdam", null,
				Theme.ENERGY, null, null, null)).id());
		signIn(amsterdamCoordinator.username(), TestUsers.PASSWORD);

		// search another city's lessons: the Spanish plural finds the lesson, members-only ones stay hidden
		visit("/lessons");
		page.getByLabel("Words to look for").fill("vivienda");
		page.getByLabel("City", new Page.GetByLabelOptions().setExact(true)).fill(bilbao);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(page.locator("main h2").first()).hasText("One lesson");
		Locator result = page.locator("ol.lesson-results li");
		assertThat(result).hasCount(1);
		assertThat(result.locator("mark").first()).hasText("viviendas");
		assertThat(result).containsText("<b>redujo</b>");
		checkPage();

		result.getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("main")).containsText("Planificar juntos.");
		checkPage();

		// mark it as applied in her own atelier
		page.getByLabel("Your atelier", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(own));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as applied")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("your atelier applied");
		assertThat(page.locator("main")).containsText(ownName + " (marked by " + amsterdamCoordinator.displayName() + ")");
		checkPage();

		// suggested beside the method's phase page
		visit("/method/phases/preconditions");
		assertThat(page.locator(".related-lessons")).containsText(title);

		// record a lesson of her own: missing fields first
		visit("/ateliers/" + own);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lessons")).click();
		assertThat(page.getByText("No lessons recorded yet.")).isVisible();
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a lesson")).click();
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the lesson")).click();
		assertThat(page.locator("#title-error")).containsText("Give the lesson a title.");
		assertThat(page.locator("#summary-error")).containsText("Write a short summary.");
		checkPage();
		page.getByLabel("Title").fill("Invite the grid operator early");
		page.getByLabel("Summary").fill("Capacity limits shaped every later choice.");
		page.getByLabel("Insight").fill("Grid capacity is a precondition, not a detail.");
		page.getByLabel("Strategic coordination").check();
		page.getByLabel("Who may read it").selectOption("PUBLIC");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the lesson")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Lesson Invite the grid operator early recorded.");
		assertThat(page.locator("main")).containsText("Everyone signed in, summary in public");
		checkPage();

		// revise it: the edit form keeps what was saved
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
		assertThat(page.getByLabel("Title")).hasValue("Invite the grid operator early");
		checkPage();
		page.getByLabel("Tags").fill("grid, congestion");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("saved");
		assertThat(page.locator("main")).containsText("grid, congestion");
		checkPage();

		// its public summary is on the page that needs no sign-in
		visit("/public/lessons");
		assertThat(page.locator("main")).containsText("Invite the grid operator early");
		assertThat(page.locator("main")).not().containsText("Grid capacity is a precondition");
	}

	@Test
	void thePublicLessonsPageNeedsNoSignIn() {
		visit("/public/lessons");
		assertThat(page).hasURL(url("/public/lessons"));
		assertThat(page.locator("h1")).hasText("Lessons shared in public");
	}
}
