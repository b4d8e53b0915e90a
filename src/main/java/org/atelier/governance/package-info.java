/**
 * Governance of an atelier: its mandate, the roles people hold (with mandate periods, expiry and
 * single-point-of-failure flags), the escalation route, the municipal strategies it serves, a RACI
 * matrix of key responsibilities and the decision log with its supersede rule. Answers the
 * readiness checks {@code governance-arranged} and {@code governance-formalised}, and takes the
 * decisions of sessions through {@link org.atelier.shared.links.DecisionSink}.
 */
package org.atelier.governance;
