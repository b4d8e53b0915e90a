package org.atelier.shared.links;

import java.time.LocalDate;

/**
 * Implemented by the module that keeps the decision log. A module whose records produce decisions
 * (a session's minutes with a decision outcome) hands them over here when such a bean exists, and
 * keeps the returned id as a {@code decision} link.
 */
public interface DecisionSink {

	/**
	 * Records a decision taken in a session, in the caller's transaction, attributed to the given
	 * account. Returns the id of the new decision-log entry.
	 */
	long recordSessionDecision(long atelierId, long sessionId, String title, String decision,
			LocalDate decidedOn, long actorAccountId);
}
