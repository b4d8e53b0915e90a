package org.atelier.strategy;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member's endorsement of one revision of the statement, on behalf of their organisation. It
 * holds for that revision only: the next revision starts without endorsements.
 */
@Table("strategy_endorsement")
class Endorsement {

	@Id
	private @Nullable Long id;
	private final long statementId;
	private final long userId;
	private final String organisation;
	private final OffsetDateTime endorsedAt;
	@Version
	private int version;

	@PersistenceCreator
	Endorsement(@Nullable Long id, long statementId, long userId, String organisation, OffsetDateTime endorsedAt,
			int version) {
		this.id = id;
		this.statementId = statementId;
		this.userId = userId;
		this.organisation = organisation;
		this.endorsedAt = endorsedAt;
		this.version = version;
	}

	static Endorsement of(long statementId, long userId, String organisation, OffsetDateTime now) {
		return new Endorsement(null, statementId, userId, organisation, now, 0);
	}

	long id() {
		return Objects.requireNonNull(id, "endorsement not saved yet");
	}

	long statementId() {
		return statementId;
	}

	long userId() {
		return userId;
	}

	String organisation() {
		return organisation;
	}

	OffsetDateTime endorsedAt() {
		return endorsedAt;
	}
}
