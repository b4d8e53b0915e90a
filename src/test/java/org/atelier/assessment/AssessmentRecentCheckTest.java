package org.atelier.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The {@code assessment-recent} readiness check as a bean, answering from stored assessments and answers. */
@DatabaseTest
@SpringBootTest
class AssessmentRecentCheckTest {

	@Autowired
	List<ReadinessEvaluator> evaluators;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AssessmentService assessments;

	@Test
	void anAssessmentOfTheCurrentPhaseCountsOnceSomeoneHasAnswered() {
		AccountView coordinator = TestUsers.create(accounts, "ar-coord");
		long id = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Recent"),
				"Utrecht", null, Theme.ENERGY, null, null, null)).id());
		ReadinessEvaluator check = evaluators.stream()
			.filter(e -> e.checkType().equals("assessment-recent"))
			.findFirst()
			.orElseThrow();

		assertThat(TestUsers.as(coordinator, () -> check.evaluate(id, Map.of())).detailKey())
			.isEqualTo("assessment.readiness.none");

		long aid = TestUsers.as(coordinator, () -> assessments.open(id, null).id());
		ReadinessFinding unanswered = TestUsers.as(coordinator, () -> check.evaluate(id, Map.of()));
		assertThat(unanswered.met()).as("an assessment nobody answered says nothing yet").isFalse();

		String question = TestUsers.as(coordinator,
				() -> assessments.sheet(id, aid, Locale.ENGLISH).groups().getFirst().questions().getFirst().key());
		TestUsers.as(coordinator, () -> assessments.answer(id, aid, question,
				new AnswerInput(3, 2, false, null, null, List.of()), null));

		ReadinessFinding answered = TestUsers.as(coordinator, () -> check.evaluate(id, Map.of("max-age-months", "6")));
		assertThat(answered.met()).isTrue();
		assertThat(answered.detailKey()).isEqualTo("assessment.readiness.recent");
	}
}
