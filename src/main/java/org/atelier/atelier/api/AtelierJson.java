package org.atelier.atelier.api;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.atelier.atelier.AtelierSummary;
import org.atelier.atelier.AtelierView;
import org.jspecify.annotations.Nullable;

/** JSON records of the atelier API. Enumerations travel as lower-case keys. */
final class AtelierJson {

	private AtelierJson() {
	}

	@Schema(name = "Atelier", description = "An atelier as the caller sees it; the version is also its ETag.")
	record Atelier(long id, String name, String city, @Nullable String district,
			@Schema(allowableValues = { "energy", "mobility", "circular", "other" }) String theme,
			@Nullable String challenge, @Nullable String description, @Nullable LocalDate startDate,
			@Schema(allowableValues = { "preconditions", "establishing", "maturing", "stabilising",
					"continuation" }) String phase,
			boolean archived, @Nullable Instant archivedAt, Instant createdAt, Instant updatedAt, int version,
			@Schema(allowableValues = { "observer", "partner", "coordinator" }) String myRole) {

		static Atelier of(AtelierView v) {
			return new Atelier(v.id(), v.name(), v.city(), v.district(), v.theme().key(), v.challenge(),
					v.description(), v.startDate(), v.phase().key(), v.archived(), v.archivedAt(), v.createdAt(),
					v.updatedAt(), v.version(), v.myRole().key());
		}
	}

	@Schema(name = "AtelierSummary", description = "An atelier in a list.")
	record Summary(long id, String name, String city, @Nullable String district, String theme, String phase,
			boolean archived, Instant updatedAt, String myRole) {

		static Summary of(AtelierSummary s) {
			return new Summary(s.id(), s.name(), s.city(), s.district(), s.theme().key(), s.phase().key(),
					s.archived(), s.updatedAt(), s.myRole().key());
		}
	}

	@Schema(name = "AtelierRequest", description = "What a coordinator sets about an atelier. The phase is not "
			+ "set here: it changes through gate reviews.")
	record Request(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120) @Nullable String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120) @Nullable String city,
			@Schema(maxLength = 120) @Nullable String district,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = { "energy", "mobility", "circular", "other" }) @Nullable String theme,
			@Schema(maxLength = 200, description = "Short title of the challenge") @Nullable String challenge,
			@Schema(maxLength = 4000) @Nullable String description,
			@Schema(format = "date", example = "2026-03-01") @Nullable String startDate) {
	}

	@Schema(name = "Member", description = "A member of an atelier and their role.")
	record Member(String username, String displayName, String role, Instant joinedAt) {
	}

	@Schema(name = "MemberRequest", description = "Adds an existing user to an atelier with a role.")
	/** Body of PUT /api/v1/ateliers/{id}/members/{username}. */
	record RoleRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			allowableValues = { "observer", "partner", "coordinator" }) @Nullable String role) {
	}

	record MemberRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String username,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = { "observer", "partner", "coordinator" }) @Nullable String role) {
	}
}
