package org.atelier.hypothesis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atelier.atelier.AtelierAccess;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.links.FollowUpActions;
import org.atelier.shared.links.FollowUpActions.ActionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Follow-up actions that carry a hypothesis further (origin kind {@code hypothesis}), through the
 * actions module's {@link FollowUpActions} when it is present; without it there are none and none
 * can be created.
 */
@Component
class HypothesisActions {

	static final int TITLE_MAX = 300;

	/** Whether an account is a member of an atelier. */
	interface Membership {
		boolean member(long atelierId, long accountId);
	}

	private final ObjectProvider<FollowUpActions> actions;
	private final Membership membership;

	@Autowired
	HypothesisActions(ObjectProvider<FollowUpActions> actions, AtelierAccess access) {
		this(actions, (atelierId, accountId) -> access.memberRoleOf(atelierId, accountId).isPresent());
	}

	HypothesisActions(ObjectProvider<FollowUpActions> actions, Membership membership) {
		this.actions = actions;
		this.membership = membership;
	}

	boolean available() {
		return actions.getIfAvailable() != null;
	}

	List<ActionSummary> forHypothesis(long atelierId, long hypothesisId) {
		FollowUpActions followUp = actions.getIfAvailable();
		return followUp == null ? List.of() : followUp.forOrigin(atelierId, Hypotheses.LINK_KIND, hypothesisId);
	}

	/** Checks title, owner (a member of the atelier) and due date, then creates the action; the caller checks rights. */
	long create(long atelierId, long hypothesisId, @Nullable String title, @Nullable Long ownerId, @Nullable String due) {
		FollowUpActions followUp = actions.getIfAvailable();
		if (followUp == null) {
			throw new ConflictException("hypothesis.actions.unavailable");
		}
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String cleanTitle = Fields.optional(title, "actionTitle", TITLE_MAX, problems);
		if (cleanTitle == null) {
			problems.add(new FieldProblem.Violation("actionTitle", "hypothesis.action.title.required"));
		}
		if (ownerId == null || !membership.member(atelierId, ownerId)) {
			problems.add(new FieldProblem.Violation("actionOwner", "hypothesis.action.owner.invalid"));
		}
		LocalDate dueDate = Fields.date(due, "actionDue", problems);
		if (dueDate == null && problems.stream().noneMatch(p -> p.field().equals("actionDue"))) {
			problems.add(new FieldProblem.Violation("actionDue", "hypothesis.action.due.required"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return followUp.create(atelierId, Hypotheses.LINK_KIND, hypothesisId, cleanTitle, ownerId, dueDate,
				CurrentUser.require().id());
	}
}
