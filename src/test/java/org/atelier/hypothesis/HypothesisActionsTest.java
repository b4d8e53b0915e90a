package org.atelier.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.identity.CurrentUser;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.links.FollowUpActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Follow-up actions of a hypothesis with a stand-in for the actions module (which lives in another
 * module): listed by origin, created with a checked title, owner and due date, and absent without it.
 */
class HypothesisActionsTest {

	/** Keeps what it is asked to create; the owner 42 is the only member of atelier 1. */
	static final class FakeActions implements FollowUpActions {
		final List<ActionSummary> created = new ArrayList<>();

		@Override
		public List<ActionSummary> forOrigin(long atelierId, String originKind, long originId) {
			return created.stream().filter(a -> a.path().equals("/" + atelierId + "/" + originKind + "/" + originId)).toList();
		}

		@Override
		public long create(long atelierId, String originKind, long originId, String title, long ownerAccountId,
				LocalDate due, long actorAccountId) {
			created.add(new ActionSummary(created.size() + 1, title, "open", due, ownerAccountId, false,
					"/" + atelierId + "/" + originKind + "/" + originId));
			return created.size();
		}
	}

	final FakeActions fake = new FakeActions();

	@BeforeEach
	void signIn() {
		var me = new CurrentUser(7, "tester", "Tester", false, true, null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
		SecurityContextHolder.setContext(context);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private HypothesisActions actions(boolean modulePresent) {
		var beans = new StaticListableBeanFactory(modulePresent ? Map.of("actions", fake) : Map.of());
		return new HypothesisActions(beans.getBeanProvider(FollowUpActions.class),
				(atelierId, accountId) -> atelierId == 1 && accountId == 42);
	}

	@Test
	void withTheActionsModuleAnActionIsCreatedForTheHypothesisAndListedByOrigin() {
		HypothesisActions actions = actions(true);
		assertThat(actions.available()).isTrue();
		long id = actions.create(1, 5, " Ask the supplier ", 42L, "2026-12-01");
		assertThat(id).isEqualTo(1);
		assertThat(actions.forHypothesis(1, 5)).extracting(FollowUpActions.ActionSummary::title)
			.containsExactly("Ask the supplier");
		assertThat(actions.forHypothesis(1, 6)).isEmpty();

		assertThatThrownBy(() -> actions.create(1, 5, " ", 99L, "tomorrow"))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field).containsExactly("actionTitle", "actionOwner", "actionDue"));
		assertThatThrownBy(() -> actions.create(1, 5, "Call", 42L, null))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::messageKey).containsExactly("hypothesis.action.due.required"));
		assertThat(fake.created).hasSize(1);
	}

	@Test
	void withoutTheActionsModuleThereAreNoActionsAndCreatingOneIsRefused() {
		HypothesisActions actions = actions(false);
		assertThat(actions.available()).isFalse();
		assertThat(actions.forHypothesis(1, 5)).isEmpty();
		assertThatThrownBy(() -> actions.create(1, 5, "Call", 42L, "2026-12-01")).isInstanceOf(ConflictException.class);
	}
}
