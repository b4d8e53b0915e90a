package org.atelier.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.atelier.strategy.StatementDraft.ObjectiveDraft;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The two readiness evaluators as beans, answering from an atelier's stored statement and endorsements. */
@DatabaseTest
@SpringBootTest
class ReadinessEvaluatorsTest {

	@Autowired
	List<ReadinessEvaluator> evaluators;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	StrategyService strategy;

	@Test
	void visionEndorsedAndObjectivesSetFollowTheStoredRecords() {
		AccountView coordinator = TestUsers.create(accounts, "re-coord");
		AccountView partner = TestUsers.create(accounts, "re-partner");
		AccountView partner2 = TestUsers.create(accounts, "re-partner2");
		long id = as(coordinator, () -> {
			long a = ateliers.create(new AtelierInput(TestUsers.uniqueName("Readiness"), "Bilbao", null, Theme.ENERGY,
					null, null, null)).id();
			members.add(a, partner.username(), "PARTNER");
			members.add(a, partner2.username(), "PARTNER");
			return a;
		});
		ReadinessEvaluator vision = evaluator("vision-endorsed");
		ReadinessEvaluator objectives = evaluator("objectives-set");

		assertThat(as(coordinator, () -> vision.evaluate(id, Map.of())).detailKey())
			.isEqualTo("strategy.readiness.noStatement");

		as(coordinator, () -> strategy.revise(id, 0, new StatementDraft("Vision", "Mission", null,
				List.of(new ObjectiveDraft("Pilot", null, partner.username(), null),
						new ObjectiveDraft("Unowned", null, null, null)))));
		as(partner, () -> strategy.endorse(id, "Grid operator"));
		as(coordinator, () -> strategy.endorse(id, "City"));

		ReadinessFinding half = as(coordinator, () -> vision.evaluate(id, Map.of()));
		assertThat(half.met()).isFalse();
		assertThat(half.detailArgs()).containsExactly(1, 2, 1, 2);
		assertThat(half.fixPath()).isEqualTo("/ateliers/" + id + "/strategy");
		assertThat(as(coordinator, () -> vision.evaluate(id, Map.of("minimumShare", "0.5"))).met()).isTrue();

		assertThat(as(coordinator, () -> objectives.evaluate(id, Map.of())).met()).isTrue();
		ReadinessFinding two = as(coordinator, () -> objectives.evaluate(id, Map.of("minimum", "2")));
		assertThat(two.met()).isFalse();
		assertThat(two.detailArgs()).containsExactly(1, 2);

		as(partner2, () -> strategy.endorse(id, "University"));
		assertThat(as(coordinator, () -> vision.evaluate(id, Map.of())).met()).isTrue();

		// a new revision needs new endorsements
		as(coordinator, () -> strategy.revise(id, 1, new StatementDraft("Vision 2", "Mission", null, List.of())));
		ReadinessFinding reset = as(coordinator, () -> vision.evaluate(id, Map.of()));
		assertThat(reset.met()).isFalse();
		assertThat(reset.detailArgs()).containsExactly(0, 2, 2, 2);
		assertThat(as(coordinator, () -> objectives.evaluate(id, Map.of())).met()).isFalse();
	}

	private ReadinessEvaluator evaluator(String type) {
		return evaluators.stream().filter(e -> e.checkType().equals(type)).findFirst().orElseThrow();
	}

	private static <T> T as(AccountView who, Supplier<T> action) {
		var principal = new CurrentUser(who.id(), who.username(), who.displayName(), false, true, null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
