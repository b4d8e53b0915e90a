package org.atelier.strategy;

import java.util.List;

/**
 * The facts about an atelier's current revision that the readiness checks judge: its number (0
 * when there is none), whether vision and mission are both written, how many objectives name an
 * owner, and who endorsed it.
 */
record StrategyFacts(int revision, boolean visionAndMission, int objectivesWithOwner, List<Long> endorserIds) {

	StrategyFacts {
		endorserIds = List.copyOf(endorserIds);
	}
}
