package org.atelier.stakeholder;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

import org.atelier.audit.ChangeSet;
import org.atelier.shared.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation in an atelier's stakeholder register, with its commitment history. Guards its
 * rules: the commitment only moves along the allowed transitions, and every step is kept with its
 * date and author. Each change returns the fields it changed, for the audit history.
 */
@Table("stakeholder")
class Stakeholder {

	static final int NOTE_MAX = 1000;

	@Id
	private @Nullable Long id;
	private final long atelierId;
	private String name;
	private OrganisationType orgType;
	private HelixSector sector;
	private @Nullable String challengeRole;
	private boolean decisionAuthority;
	private @Nullable String authorityOver;
	private int influence;
	private int interest;
	private boolean hasPower;
	private boolean hasLegitimacy;
	private boolean hasUrgency;
	private Engagement engagementNow;
	private Engagement engagementDesired;
	private CommitmentStatus commitment;
	private final OffsetDateTime createdAt;
	private OffsetDateTime updatedAt;
	@Version
	private int version;
	@MappedCollection(idColumn = "stakeholder_id")
	private Set<CommitmentChange> commitments;
	@MappedCollection(idColumn = "stakeholder_id")
	private @Nullable ValueProposition valueProposition;

	@PersistenceCreator
	Stakeholder(@Nullable Long id, long atelierId, String name, OrganisationType orgType, HelixSector sector,
			@Nullable String challengeRole, boolean decisionAuthority, @Nullable String authorityOver, int influence,
			int interest, boolean hasPower, boolean hasLegitimacy, boolean hasUrgency, Engagement engagementNow,
			Engagement engagementDesired, CommitmentStatus commitment, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, int version, Set<CommitmentChange> commitments,
			@Nullable ValueProposition valueProposition) {
		this.id = id;
		this.atelierId = atelierId;
		this.name = name;
		this.orgType = orgType;
		this.sector = sector;
		this.challengeRole = challengeRole;
		this.decisionAuthority = decisionAuthority;
		this.authorityOver = authorityOver;
		this.influence = influence;
		this.interest = interest;
		this.hasPower = hasPower;
		this.hasLegitimacy = hasLegitimacy;
		this.hasUrgency = hasUrgency;
		this.engagementNow = engagementNow;
		this.engagementDesired = engagementDesired;
		this.commitment = commitment;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.commitments = new HashSet<>(commitments);
		this.valueProposition = valueProposition;
	}

	/** A newly identified organisation; its history starts with "identified". */
	static Stakeholder identify(long atelierId, StakeholderInput input, @Nullable Long byId, String byName,
			OffsetDateTime now) {
		var s = new Stakeholder(null, atelierId, input.name(), input.type(), input.sector(), input.challengeRole(),
				input.decisionAuthority(), input.authorityOver(), input.influence(), input.interest(), input.power(),
				input.legitimacy(), input.urgency(), input.engagementNow(), input.engagementDesired(),
				CommitmentStatus.IDENTIFIED, now, now, 0,
				Set.of(new CommitmentChange(0, CommitmentStatus.IDENTIFIED, null, now, byId, byName)), null);
		return s;
	}

	/** Every field as created, for the audit entry of a new record. */
	ChangeSet created() {
		return fields(new ChangeSet(), null).field("commitment", null, commitment);
	}

	ChangeSet revise(StakeholderInput input, OffsetDateTime now) {
		ChangeSet changes = new ChangeSet()
			.field("name", name, input.name())
			.field("type", orgType, input.type())
			.field("sector", sector, input.sector())
			.field("challengeRole", challengeRole, input.challengeRole())
			.field("decisionAuthority", decisionAuthority, input.decisionAuthority())
			.field("authorityOver", authorityOver, input.authorityOver())
			.field("influence", influence, input.influence())
			.field("interest", interest, input.interest())
			.field("power", hasPower, input.power())
			.field("legitimacy", hasLegitimacy, input.legitimacy())
			.field("urgency", hasUrgency, input.urgency())
			.field("engagementNow", engagementNow, input.engagementNow())
			.field("engagementDesired", engagementDesired, input.engagementDesired());
		if (!changes.isEmpty()) {
			name = input.name();
			orgType = input.type();
			sector = input.sector();
			challengeRole = input.challengeRole();
			decisionAuthority = input.decisionAuthority();
			authorityOver = input.authorityOver();
			influence = input.influence();
			interest = input.interest();
			hasPower = input.power();
			hasLegitimacy = input.legitimacy();
			hasUrgency = input.urgency();
			engagementNow = input.engagementNow();
			engagementDesired = input.engagementDesired();
			updatedAt = now;
		}
		return changes;
	}

	/** Records or replaces what the organisation gains and expects. */
	ChangeSet propose(ValueProposition proposition, OffsetDateTime now) {
		ValueProposition old = valueProposition;
		ChangeSet changes = new ChangeSet()
			.field("motivations", old == null ? null : old.motivations(), proposition.motivations())
			.field("motivationOther", old == null ? null : old.motivationOther(), proposition.motivationOther())
			.field("shortTermValue", old == null ? null : old.shortTermValue(), proposition.shortTermValue())
			.field("longTermValue", old == null ? null : old.longTermValue(), proposition.longTermValue())
			.field("expectations", old == null ? null : old.expectations(), proposition.expectations())
			.field("aligned", old == null ? null : old.aligned(), proposition.aligned())
			.field("alignmentNote", old == null ? null : old.alignmentNote(), proposition.alignmentNote());
		if (!changes.isEmpty()) {
			valueProposition = proposition;
			updatedAt = now;
		}
		return changes;
	}

	/** Every field as it was, for the audit entry of a removal. */
	ChangeSet removed() {
		ChangeSet changes = new ChangeSet();
		changes.field("name", name, null).field("type", orgType, null).field("commitment", commitment, null);
		return changes;
	}

	/**
	 * Moves the commitment to {@code target}, adding a dated step to the history; a move that the
	 * path does not allow is refused with {@code stakeholder.commitment.notAllowed}.
	 */
	ChangeSet moveCommitment(CommitmentStatus target, @Nullable String note, @Nullable Long byId, String byName,
			OffsetDateTime now) {
		if (!commitment.canMoveTo(target)) {
			throw new ConflictException("stakeholder.commitment.notAllowed", commitment.key(), target.key());
		}
		int seq = commitments.stream().mapToInt(CommitmentChange::seq).max().orElse(-1) + 1;
		commitments.add(new CommitmentChange(seq, target, note, now, byId, byName));
		ChangeSet changes = new ChangeSet().field("commitment", commitment, target).field("commitmentNote", null, note);
		commitment = target;
		updatedAt = now;
		return changes;
	}

	private ChangeSet fields(ChangeSet changes, @Nullable Object none) {
		return changes.field("name", none, name)
			.field("type", none, orgType)
			.field("sector", none, sector)
			.field("challengeRole", none, challengeRole)
			.field("decisionAuthority", none, decisionAuthority)
			.field("authorityOver", none, authorityOver)
			.field("influence", none, influence)
			.field("interest", none, interest)
			.field("power", none, hasPower)
			.field("legitimacy", none, hasLegitimacy)
			.field("urgency", none, hasUrgency)
			.field("engagementNow", none, engagementNow)
			.field("engagementDesired", none, engagementDesired);
	}

	StakeholderView view() {
		return new StakeholderView(id(), atelierId, name, orgType, sector, challengeRole, decisionAuthority,
				authorityOver, influence, interest, hasPower, hasLegitimacy, hasUrgency, engagementNow,
				engagementDesired, commitment,
				commitments.stream().sorted(Comparator.comparingInt(CommitmentChange::seq))
					.map(CommitmentChange::entry).toList(),
				valueProposition, createdAt.toInstant(), updatedAt.toInstant(), version);
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

	int version() {
		return version;
	}
}
