package org.atelier.capacity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The core team: every role entry (active ones first), the weekly hours and FTE of the people
 * active today on the stated FTE basis, and the roles that rest on one person without a deputy.
 */
public record TeamOverview(List<TeamMemberView> members, BigDecimal activeHours, BigDecimal fte, BigDecimal fteHours,
		List<String> singleHolderRoles) {
}
