package org.atelier.shared.links;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by the module that keeps follow-up actions. Other modules (decisions, hypotheses,
 * assessments) show the actions that carry out one of their records, and may create one, when
 * such a bean exists.
 */
public interface FollowUpActions {

	/** A follow-up action as other modules show it; {@code status} is the lower-case status name. */
	record ActionSummary(long id, String title, String status, LocalDate due, long ownerAccountId, boolean overdue,
			String path) {
	}

	/** The actions whose origin is the given record, oldest first. */
	List<ActionSummary> forOrigin(long atelierId, String originKind, long originId);

	/**
	 * Creates an open action with this origin, in the caller's transaction; the owner must be a
	 * member of the atelier. Returns the new action's id.
	 */
	long create(long atelierId, String originKind, long originId, String title, long ownerAccountId, LocalDate due,
			long actorAccountId);
}
