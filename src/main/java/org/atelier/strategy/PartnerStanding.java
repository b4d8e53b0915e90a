package org.atelier.strategy;

import org.atelier.atelier.AtelierRole;
import org.jspecify.annotations.Nullable;

/**
 * Whether one partner member (role partner or coordinator) has endorsed the current revision;
 * {@code endorsement} is empty when they have not.
 */
public record PartnerStanding(long userId, String username, String displayName, AtelierRole role,
		StatementView.@Nullable EndorsementView endorsement) {

	public boolean endorsed() {
		return endorsement != null;
	}
}
