package org.atelier.assessment.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.function.Supplier;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two members of an atelier fill in a building-block assessment, each with their own view; the
 * results page shows the radar chart and the table with the right values, and the portfolio heat
 * map the latest scores. Every page is checked with axe-core.
 */
class AssessmentBrowserTest extends BrowserTestBase {

	private static final String VISION_1 = "establishing.vision-mission-strategy.1";
	private static final String VISION_2 = "establishing.vision-mission-strategy.2";
	private static final String VISION_3 = "establishing.vision-mission-strategy.3";

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Test
	void twoMembersAnswerAndTheResultsAndPortfolioShowTheirScores() {
		AccountView coordinator = TestUsers.create(accounts, "ab-coord");
		AccountView partner = TestUsers.create(accounts, "ab-partner");
		String name = TestUsers.uniqueName("Heat lab");
		long atelier = as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(name, "Bilbao", null, Theme.ENERGY, null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			return id;
		});

		// the coordinator opens an assessment of the Establishing phase and answers two questions
		signIn(coordinator.username(), TestUsers.PASSWORD);
		visit("/ateliers/" + atelier);
		page.locator("nav.sub-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Assessments")).click();
		checkPage();
		assertThat(page.getByText("No assessment has been opened yet.")).isVisible();
		page.getByLabel("Phase", new Page.GetByLabelOptions().setExact(true)).selectOption("establishing");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open assessment")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The assessment is open.");
		checkPage();
		String sheetUrl = page.url();
		answer(VISION_1, "1 · Initial", "3");
		answer(VISION_2, "2 · Largely in place", "3");

		// "not applicable" without a reason is refused, naming the field
		Locator third = question(VISION_3);
		third.getByLabel("Not applicable to this atelier").check();
		third.getByRole(AriaRole.BUTTON).click();
		assertThat(question(VISION_3).getByRole(AriaRole.ALERT)).containsText("Reason: say why the question does not apply.");
		checkPage();

		// the partner answers with a different view
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		signIn(partner.username(), TestUsers.PASSWORD);
		page.navigate(sheetUrl);
		checkPage();
		answer(VISION_1, "3 · Fully in place", "4");
		Locator second = question(VISION_2);
		second.getByLabel("Not applicable to this atelier").check();
		second.getByLabel("Why not applicable").fill("Our organisation was not involved in this");
		second.getByRole(AriaRole.BUTTON).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your answer has been saved.");
		checkPage();

		// results: (1 + 2 + 3) / 3 = 2.0 for the vision block; blocks nobody scored show a dash, not 0
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Results").setExact(true)).click();
		checkPage();
		assertThat(page.locator("#radar-chart")).isVisible();
		page.waitForFunction("() => document.getElementById('radar-chart').chart !== undefined");
		Locator vision = page.locator("#scores-table tr[data-group='vision-mission-strategy']");
		assertThat(vision.locator("td").nth(0)).hasText("2.0");
		// per respondent, in the order of their names: the coordinator (1 and 2) and the partner (3, and n/a)
		Locator heads = page.locator("#scores-table thead th");
		assertThat(heads.nth(4)).hasText("Test ab-coord");
		assertThat(heads.nth(5)).hasText("Test ab-partner");
		assertThat(vision.locator("td").nth(3)).hasText("1.5");
		assertThat(vision.locator("td").nth(4)).hasText("3.0");
		assertThat(page.locator("#scores-table tr[data-group='value-proposition'] td").nth(0)).hasText("–");
		assertThat(page.locator("#questions-table tr[data-question='" + VISION_1 + "']")).containsText("Disagreement");
		assertThat(page.locator("#questions-table tr[data-question='" + VISION_2 + "']")).containsText("not applicable");
		assertThat(page.locator("#questions-table tr[data-question='" + VISION_2 + "'] td").last()).hasText("No");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Where to start"))).isVisible();

		// the coordinator sets a target; it is drawn on the radar and listed in the table
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		signIn(coordinator.username(), TestUsers.PASSWORD);
		page.navigate(sheetUrl + "/results");
		checkPage();
		page.locator("#target-vision-mission-strategy").selectOption("3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save targets")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The target levels have been saved.");
		checkPage();
		assertThat(page.locator("#scores-table tr[data-group='vision-mission-strategy'] td").nth(1)).hasText("3");
		page.waitForFunction("() => document.getElementById('radar-chart').chart.data.datasets.length === 2");

		// a suggestion for the weakest block becomes a follow-up action with the assessment as its origin
		Locator advice = page.locator("article.advice li").first();
		String suggestion = advice.locator("span").innerText();
		advice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Make it a follow-up action")).click();
		assertThat(page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true))).hasValue(suggestion);
		checkPage();
		page.getByLabel("Due date").fill(java.time.LocalDate.now().plusDays(14).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The action is created.");
		assertThat(page.locator("main")).containsText("Assessment");
		page.navigate(sheetUrl + "/results");

		// the portfolio heat map shows the latest scores as text
		visit("/portfolio/assessments");
		Locator row = page.locator("#heatmap tr[data-atelier='" + atelier + "']");
		assertThat(row.locator("th")).containsText(name);
		assertThat(row.locator("td").nth(0)).hasText("2.0");
		assertThat(row.locator("td").nth(0)).hasClass("heat heat-2");
		assertThat(row.locator("td").nth(1)).hasText("–");
		assertThat(row.locator("td")).hasCount(6);
	}

	private Locator question(String key) {
		return page.locator("[id='q-" + key + "']");
	}

	private void answer(String key, String level, String confidence) {
		Locator q = question(key);
		q.getByLabel(level).check();
		q.getByLabel("How sure are you?").selectOption(confidence);
		q.getByRole(AriaRole.BUTTON).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your answer has been saved.");
		assertThat(question(key)).containsText("Your answer: score");
		checkPage();
	}

	private static <T> T as(AccountView a, Supplier<T> action) {
		var principal = new CurrentUser(a.id(), a.username(), a.displayName(), a.admin(), true, null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
