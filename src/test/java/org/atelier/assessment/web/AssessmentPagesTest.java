package org.atelier.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.atelier.assessment.AnswerInput;
import org.atelier.assessment.AssessmentResults;
import org.atelier.assessment.AssessmentService;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.method.Phase;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The assessment pages over real HTTP: the previous assessment of a phase next to the current one,
 * the trend over time, the stale mark once the atelier has moved on, and a refused answer that
 * names its field and writes nothing.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentPagesTest {

	private static final String VISION_1 = "establishing.vision-mission-strategy.1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	AssessmentService assessments;

	@Test
	void resultsShowThePreviousAssessmentTheTrendAndTheStaleMark() {
		AccountView coordinator = TestUsers.create(accounts, "ap-coord");
		long atelier = as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Trend lab"),
				"Amsterdam", null, Theme.MOBILITY, null, null, null)).id());
		long first = as(coordinator, () -> assessments.open(atelier, Phase.ESTABLISHING).id());
		score(coordinator, atelier, first, VISION_1, 1);
		long second = as(coordinator, () -> assessments.open(atelier, Phase.ESTABLISHING).id());
		score(coordinator, atelier, second, VISION_1, 3);
		score(coordinator, atelier, second, "establishing.value-proposition.1", 0);

		AssessmentResults results = as(coordinator, () -> assessments.results(atelier, second, Locale.ENGLISH));
		assertThat(results.previous()).isNotNull();
		assertThat(results.previous().id()).isEqualTo(first);
		assertThat(results.groups().get(0).previousScore()).isEqualTo(1.0);
		assertThat(results.groups().get(0).score()).isEqualTo(3.0);
		assertThat(results.assessment().stale()).isFalse();
		assertThat(results.advice()).extracting(AssessmentResults.Advice::groupKey)
			.containsExactly("value-proposition", "vision-mission-strategy");
		assertThat(results.advice().get(0).suggestions()).isNotEmpty();

		HttpSession browser = new HttpSession(port);
		browser.signIn(coordinator.username(), TestUsers.PASSWORD);
		String page = browser.get("/ateliers/" + atelier + "/assessments/" + second + "/results").body();
		assertThat(page).contains("data-chart-type=\"radar\"").contains("Previous assessment");
		String list = browser.get("/ateliers/" + atelier + "/assessments").body();
		assertThat(list).contains("id=\"trend-chart\"").contains("Trend per building block");
		assertThat(list).doesNotContain("badge stale");

		// once the atelier has moved on to Maturing, Establishing assessments are stale
		as(coordinator, () -> ateliers.changePhase(atelier, Phase.MATURING));
		assertThat(as(coordinator, () -> assessments.get(atelier, second)).stale()).isTrue();
		assertThat(browser.get("/ateliers/" + atelier + "/assessments").body()).contains("badge stale");
	}

	@Test
	void aRefusedAnswerIsShownNextToItsFieldAndNothingIsSaved() {
		AccountView coordinator = TestUsers.create(accounts, "ap-coord");
		AccountView observer = TestUsers.create(accounts, "ap-observer");
		long atelier = as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Form lab"), "Amsterdam", null,
					Theme.MOBILITY, null, null, null)).id();
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
		long aid = as(coordinator, () -> assessments.open(atelier, Phase.ESTABLISHING).id());
		HttpSession browser = new HttpSession(port);
		browser.signIn(observer.username(), TestUsers.PASSWORD);
		String path = "/ateliers/" + atelier + "/assessments/" + aid;
		browser.get(path);
		var refused = browser.postForm(path + "/answers/" + VISION_1,
				Map.of("score", "2", "evidence", "https://example.org/minutes\nsomewhere else"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Confidence: say how sure you are, from 1 to 5.")
			.contains("Evidence: ").contains("href=\"#confidence-" + VISION_1 + "\"");
		assertThat(as(observer, () -> assessments.myAnswer(atelier, aid, VISION_1))).isEmpty();

		var saved = browser.postForm(path + "/answers/" + VISION_1, Map.of("score", "2", "confidence", "4",
				"evidence", "https://example.org/minutes\n/ateliers/" + atelier + "/members"));
		assertThat(saved.statusCode()).isEqualTo(302);
		var answer = as(observer, () -> assessments.myAnswer(atelier, aid, VISION_1)).orElseThrow();
		assertThat(answer.score()).isEqualTo(2);
		assertThat(answer.evidence()).containsExactly("https://example.org/minutes", "/ateliers/" + atelier + "/members");
		// a second post from a page that did not know the saved answer is refused as stale
		var stale = browser.postForm(path + "/answers/" + VISION_1, Map.of("score", "0", "confidence", "1"));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("changed in another window");
		assertThat(as(observer, () -> assessments.myAnswer(atelier, aid, VISION_1)).orElseThrow().score()).isEqualTo(2);
	}

	private void score(AccountView who, long atelier, long aid, String key, int score) {
		as(who, () -> assessments.answer(atelier, aid, key, new AnswerInput(score, 3, false, null, null, List.of()), null));
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
