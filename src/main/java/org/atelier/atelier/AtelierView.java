package org.atelier.atelier;

import java.time.Instant;
import java.time.LocalDate;

import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;

/**
 * An atelier as the signed-in person sees it, with their effective role in it (an installation
 * administrator counts as coordinator). {@code version} is what an edit must send back.
 */
public record AtelierView(long id, String name, String city, @Nullable String district, Theme theme,
		@Nullable String challenge, @Nullable String description, @Nullable LocalDate startDate, Phase phase,
		boolean archived, @Nullable Instant archivedAt, Instant createdAt, Instant updatedAt, int version,
		AtelierRole myRole) {

	/** Whether the viewer may change the atelier itself and its members now. */
	public boolean editable() {
		return !archived && myRole == AtelierRole.COORDINATOR;
	}

	/** Whether the viewer acts as coordinator (also when the atelier is archived, to restore it). */
	public boolean coordinator() {
		return myRole == AtelierRole.COORDINATOR;
	}

	/** Whether the viewer's role is at least {@code minimum} (regardless of archiving). */
	public boolean hasRole(AtelierRole minimum) {
		return myRole.includes(minimum);
	}
}
