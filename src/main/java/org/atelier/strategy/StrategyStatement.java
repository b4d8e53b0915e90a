package org.atelier.strategy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version (revision) of an atelier's vision, mission and strategy with its first-year
 * objectives. A revision never changes once written: a coordinator's next save is a new revision,
 * so every earlier one stays readable together with the endorsements it received.
 */
@Table("strategy_statement")
class StrategyStatement {

	@Id
	private @Nullable Long id;
	private final long atelierId;
	private final int revision;
	private final @Nullable String vision;
	private final @Nullable String mission;
	private final @Nullable String strategy;
	private final long authorId;
	private final OffsetDateTime createdAt;
	@Version
	private int version;
	@MappedCollection(idColumn = "statement_id", keyColumn = "seq")
	private final List<Objective> objectives;

	@PersistenceCreator
	StrategyStatement(@Nullable Long id, long atelierId, int revision, @Nullable String vision,
			@Nullable String mission, @Nullable String strategy, long authorId, OffsetDateTime createdAt, int version,
			List<Objective> objectives) {
		this.id = id;
		this.atelierId = atelierId;
		this.revision = revision;
		this.vision = vision;
		this.mission = mission;
		this.strategy = strategy;
		this.authorId = authorId;
		this.createdAt = createdAt;
		this.version = version;
		this.objectives = List.copyOf(objectives);
	}

	/** The revision that follows {@code previous} (the first one when there is none). */
	static StrategyStatement next(long atelierId, @Nullable StrategyStatement previous, StatementContent content,
			long authorId, OffsetDateTime now) {
		int revision = previous == null ? 1 : previous.revision + 1;
		return new StrategyStatement(null, atelierId, revision, content.vision(), content.mission(),
				content.strategy(), authorId, now, 0, content.objectives());
	}

	StatementContent content() {
		return new StatementContent(vision, mission, strategy, objectives);
	}

	/** Whether both the vision and the mission are written, as the readiness check asks. */
	boolean hasVisionAndMission() {
		return vision != null && !vision.isBlank() && mission != null && !mission.isBlank();
	}

	long id() {
		return Objects.requireNonNull(id, "statement not saved yet");
	}

	long atelierId() {
		return atelierId;
	}

	int revision() {
		return revision;
	}

	@Nullable
	String vision() {
		return vision;
	}

	@Nullable
	String mission() {
		return mission;
	}

	@Nullable
	String strategy() {
		return strategy;
	}

	long authorId() {
		return authorId;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

	List<Objective> objectives() {
		return objectives;
	}
}
