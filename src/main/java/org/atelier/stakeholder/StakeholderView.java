package org.atelier.stakeholder;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An organisation in the register with what follows from its scores: salience class, grid
 * quadrant and the next step for its engagement. {@code history} is oldest first;
 * {@code version} is what an edit must send back.
 */
public record StakeholderView(long id, long atelierId, String name, OrganisationType type, HelixSector sector,
		@Nullable String challengeRole, boolean decisionAuthority, @Nullable String authorityOver, int influence,
		int interest, boolean power, boolean legitimacy, boolean urgency, Engagement engagementNow,
		Engagement engagementDesired, CommitmentStatus commitment, List<CommitmentEntry> history,
		@Nullable ValueProposition valueProposition, Instant createdAt,
		Instant updatedAt, int version) {

	public StakeholderView {
		history = List.copyOf(history);
	}

	public SalienceClass salience() {
		return SalienceClass.of(power, legitimacy, urgency);
	}

	public GridQuadrant quadrant() {
		return GridQuadrant.of(influence, interest);
	}

	public NextStep nextStep() {
		return NextStep.of(engagementNow, engagementDesired);
	}

	/**
	 * Whether the register flags this organisation: a partner (committed or active) without a value
	 * proposition, or one whose expectations are not aligned.
	 */
	public boolean valueFlagged() {
		return commitment.onBoard() && (valueProposition == null || !valueProposition.aligned());
	}

	/** The statuses the commitment may move to now. */
	public List<CommitmentStatus> nextCommitments() {
		return List.copyOf(commitment.next());
	}
}
