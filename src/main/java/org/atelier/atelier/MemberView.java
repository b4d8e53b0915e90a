package org.atelier.atelier;

import java.time.Instant;

/** A member of an atelier with their role, as member lists show them. */
public record MemberView(long userId, String username, String displayName, AtelierRole role, Instant joinedAt) {
}
