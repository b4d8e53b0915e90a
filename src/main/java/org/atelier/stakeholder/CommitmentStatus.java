package org.atelier.stakeholder;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an organisation's commitment to the atelier stands. The usual path runs identified →
 * approached → committed → active, and may end in dormant or left; an organisation can be
 * approached again after it went quiet or left.
 */
public enum CommitmentStatus implements Keyed {

	IDENTIFIED, APPROACHED, COMMITTED, ACTIVE, DORMANT, LEFT;

	/** The statuses an organisation may move to from this one. */
	public Set<CommitmentStatus> next() {
		return switch (this) {
			case IDENTIFIED -> EnumSet.of(APPROACHED, LEFT);
			case APPROACHED -> EnumSet.of(IDENTIFIED, COMMITTED, DORMANT, LEFT);
			case COMMITTED -> EnumSet.of(ACTIVE, DORMANT, LEFT);
			case ACTIVE -> EnumSet.of(DORMANT, LEFT);
			case DORMANT -> EnumSet.of(APPROACHED, COMMITTED, ACTIVE, LEFT);
			case LEFT -> EnumSet.of(APPROACHED);
		};
	}

	public boolean canMoveTo(CommitmentStatus target) {
		return next().contains(target);
	}

	/** Committed or active: the organisation has said yes and counts as on board. */
	public boolean onBoard() {
		return this == COMMITTED || this == ACTIVE;
	}
}
