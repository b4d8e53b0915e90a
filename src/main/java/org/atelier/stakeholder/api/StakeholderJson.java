package org.atelier.stakeholder.api;

import java.time.Instant;
import java.util.List;

import org.atelier.stakeholder.CommitmentEntry;
import org.atelier.stakeholder.ContactView;
import org.atelier.stakeholder.StakeholderInput;
import org.atelier.stakeholder.StakeholderView;
import org.atelier.stakeholder.ValueProposition;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the stakeholder register API; coded values travel as lower-case keys. */
final class StakeholderJson {

	private StakeholderJson() {
	}

	/**
	 * An organisation as sent to create or revise it. Scores are taken as number or text so that "high"
	 * or 7 are reported on the field like any other invalid value.
	 */
	record Request(@Nullable String name, @Nullable String type, @Nullable String sector,
			@Nullable String challengeRole, @Nullable Boolean decisionAuthority, @Nullable String authorityOver,
			@Nullable Object influence, @Nullable Object interest, @Nullable Boolean power,
			@Nullable Boolean legitimacy, @Nullable Boolean urgency, @Nullable String engagementNow,
			@Nullable String engagementDesired) {

		StakeholderInput input() {
			return StakeholderInput.parse(name, type, sector, challengeRole, Boolean.TRUE.equals(decisionAuthority),
					authorityOver, text(influence), text(interest), Boolean.TRUE.equals(power), Boolean.TRUE.equals(legitimacy),
					Boolean.TRUE.equals(urgency), engagementNow, engagementDesired);
		}

		private static @Nullable String text(@Nullable Object value) {
			return value == null ? null : value.toString();
		}
	}

	/** What a partner organisation gains and expects; motivations are keys such as policy-goals or learning. */
	record Value(@Nullable List<String> motivations, @Nullable String motivationOther, @Nullable String shortTermValue,
			@Nullable String longTermValue, @Nullable String expectations, @Nullable Boolean aligned,
			@Nullable String alignmentNote) {

		static @Nullable Value of(@Nullable ValueProposition v) {
			return v == null ? null : new Value(v.motivationSet().stream().map(m -> m.key()).toList(), v.motivationOther(),
					v.shortTermValue(), v.longTermValue(), v.expectations(), v.aligned(), v.alignmentNote());
		}

		ValueProposition proposition() {
			return ValueProposition.parse(motivations, motivationOther, shortTermValue, longTermValue, expectations,
					aligned, alignmentNote);
		}
	}

	/** A commitment transition: the status to move to and why. */
	record Transition(@Nullable String status, @Nullable String note) {
	}

	/** A contact person as sent to record one; legalBasis is one of the GDPR Article 6(1) bases. */
	record ContactRequest(@Nullable String name, @Nullable String jobTitle, @Nullable String email,
			@Nullable String phone, @Nullable String legalBasis) {
	}

	/** A contact person; after erasure the personal fields are null and {@code erased} is true. */
	record Contact(long id, @Nullable String name, @Nullable String jobTitle, @Nullable String email,
			@Nullable String phone, String legalBasis, boolean erased, @Nullable Instant erasedAt, Instant createdAt,
			int version) {

		static Contact of(ContactView c) {
			return new Contact(c.id(), c.name(), c.jobTitle(), c.email(), c.phone(), c.legalBasis().key(), c.erased(),
					c.erasedAt(), c.createdAt(), c.version());
		}
	}

	record Commitment(String status, @Nullable String note, Instant changedAt, String changedBy) {

		static Commitment of(CommitmentEntry e) {
			return new Commitment(e.status().key(), e.note(), e.changedAt(), e.changedBy());
		}
	}

	record Stakeholder(long id, String name, String type, String sector, @Nullable String challengeRole,
			boolean decisionAuthority, @Nullable String authorityOver, int influence, int interest, boolean power,
			boolean legitimacy, boolean urgency, String salience, String quadrant, String engagementNow,
			String engagementDesired, String nextStep, String commitment, List<String> nextCommitments,
			@Nullable Value valueProposition, boolean valueFlagged, Instant createdAt, Instant updatedAt, int version) {

		static Stakeholder of(StakeholderView v) {
			return new Stakeholder(v.id(), v.name(), v.type().key(), v.sector().key(), v.challengeRole(),
					v.decisionAuthority(), v.authorityOver(), v.influence(), v.interest(), v.power(), v.legitimacy(),
					v.urgency(), v.salience().key(), v.quadrant().key(), v.engagementNow().key(),
					v.engagementDesired().key(), v.nextStep().key(), v.commitment().key(),
					v.nextCommitments().stream().map(c -> c.key()).toList(), Value.of(v.valueProposition()),
					v.valueFlagged(), v.createdAt(), v.updatedAt(), v.version());
		}
	}
}
