package org.atelier.atelier;

import java.time.Instant;

import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;

/**
 * An atelier in a list. {@code memberRole} is the viewer's own membership (absent for an
 * administrator who is not a member); {@code myRole} the role they act with.
 */
public record AtelierSummary(long id, String name, String city, @Nullable String district, Theme theme, Phase phase,
		boolean archived, Instant updatedAt, @Nullable AtelierRole memberRole, AtelierRole myRole) {
}
