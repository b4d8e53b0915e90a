package org.atelier.stakeholder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A contact person of an organisation; once erased only the legal basis and the dates remain. */
public record ContactView(long id, long stakeholderId, @Nullable String name, @Nullable String jobTitle,
		@Nullable String email, @Nullable String phone, LegalBasis legalBasis, boolean erased,
		@Nullable Instant erasedAt, Instant createdAt, int version) {
}
