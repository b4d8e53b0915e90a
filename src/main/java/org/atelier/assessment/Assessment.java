package org.atelier.assessment;

import java.time.OffsetDateTime;

import org.atelier.audit.ChangeSet;
import org.atelier.method.Phase;
import org.atelier.shared.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assessment of an atelier in one phase. It remembers the method version it was opened with,
 * so its questions keep their wording when the method is revised. Once closed it takes no more
 * answers.
 */
@Table("assessment")
class Assessment {

	@Id
	private @Nullable Long id;
	private final long atelierId;
	private final Phase phase;
	private final String methodVersion;
	private boolean closed;
	private final long openedBy;
	private final OffsetDateTime openedAt;
	private @Nullable OffsetDateTime closedAt;
	@Version
	private int version;

	@PersistenceCreator
	Assessment(@Nullable Long id, long atelierId, Phase phase, String methodVersion, boolean closed, long openedBy,
			OffsetDateTime openedAt, @Nullable OffsetDateTime closedAt, int version) {
		this.id = id;
		this.atelierId = atelierId;
		this.phase = phase;
		this.methodVersion = methodVersion;
		this.closed = closed;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.closedAt = closedAt;
		this.version = version;
	}

	static Assessment open(long atelierId, Phase phase, String methodVersion, long openedBy, OffsetDateTime now) {
		return new Assessment(null, atelierId, phase, methodVersion, false, openedBy, now, null, 0);
	}

	ChangeSet asOpened() {
		return new ChangeSet().field("phase", null, phase).field("methodVersion", null, methodVersion);
	}

	/** Stops taking answers; closing twice is refused. */
	ChangeSet close(OffsetDateTime now) {
		if (closed) {
			throw new ConflictException("assessment.closed");
		}
		closed = true;
		closedAt = now;
		return new ChangeSet().field("closed", false, true);
	}

	void requireOpen() {
		if (closed) {
			throw new ConflictException("assessment.closed");
		}
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	long atelierId() {
		return atelierId;
	}

	Phase phase() {
		return phase;
	}

	String methodVersion() {
		return methodVersion;
	}

	boolean closed() {
		return closed;
	}

	long openedBy() {
		return openedBy;
	}

	OffsetDateTime openedAt() {
		return openedAt;
	}

	@Nullable
	OffsetDateTime closedAt() {
		return closedAt;
	}
}
