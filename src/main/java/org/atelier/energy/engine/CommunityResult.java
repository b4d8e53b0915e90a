package org.atelier.energy.engine;

import java.util.List;

/** The members' outcomes, in the order the members were given, and the fairness summary. */
public record CommunityResult(List<MemberOutcome> members, Fairness fairness) {
}
