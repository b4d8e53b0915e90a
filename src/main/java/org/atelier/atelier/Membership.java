package org.atelier.atelier;

import java.time.OffsetDateTime;

import org.springframework.data.relational.core.mapping.Table;

/** One person's role in an atelier; part of the {@link Atelier} aggregate. */
@Table("atelier_member")
record Membership(long userId, AtelierRole role, OffsetDateTime joinedAt) {

	Membership withRole(AtelierRole newRole) {
		return new Membership(userId, newRole, joinedAt);
	}
}
