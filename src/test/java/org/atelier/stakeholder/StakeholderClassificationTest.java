package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The salience classes, grid quadrants, engagement steps and commitment path of the register. */
class StakeholderClassificationTest {

	@ParameterizedTest(name = "power={0} legitimacy={1} urgency={2} -> {3}")
	@CsvSource({
			"true,  false, false, DORMANT",
			"false, true,  false, DISCRETIONARY",
			"false, false, true,  DEMANDING",
			"true,  true,  false, DOMINANT",
			"true,  false, true,  DANGEROUS",
			"false, true,  true,  DEPENDENT",
			"true,  true,  true,  DEFINITIVE",
			"false, false, false, NON_STAKEHOLDER" })
	void eachCombinationOfAttributesGivesItsSalienceClass(boolean power, boolean legitimacy, boolean urgency,
			SalienceClass expected) {
		assertThat(SalienceClass.of(power, legitimacy, urgency)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "influence={0} interest={1} -> {2}")
	@CsvSource({
			"5, 5, MANAGE_CLOSELY", "3, 3, MANAGE_CLOSELY",
			"3, 2, KEEP_SATISFIED", "5, 1, KEEP_SATISFIED",
			"2, 3, KEEP_INFORMED", "1, 5, KEEP_INFORMED",
			"2, 2, MONITOR", "1, 1, MONITOR" })
	void threeAndAboveCountsAsHighOnTheGrid(int influence, int interest, GridQuadrant expected) {
		assertThat(GridQuadrant.of(influence, interest)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({
			"UNAWARE, SUPPORTIVE, INFORM", "RESISTANT, NEUTRAL, ADDRESS_CONCERNS", "NEUTRAL, LEADING, INVOLVE",
			"SUPPORTIVE, LEADING, SHARE_LEAD", "SUPPORTIVE, SUPPORTIVE, MAINTAIN", "LEADING, NEUTRAL, KEEP_PROPORTIONATE" })
	void theEngagementGapSuggestsTheNextStep(Engagement now, Engagement desired, NextStep expected) {
		assertThat(NextStep.of(now, desired)).isEqualTo(expected);
	}

	@Test
	void commitmentFollowsItsPath() {
		assertThat(CommitmentStatus.IDENTIFIED.canMoveTo(CommitmentStatus.APPROACHED)).isTrue();
		assertThat(CommitmentStatus.IDENTIFIED.canMoveTo(CommitmentStatus.ACTIVE)).isFalse();
		assertThat(CommitmentStatus.COMMITTED.canMoveTo(CommitmentStatus.IDENTIFIED)).isFalse();
		assertThat(CommitmentStatus.DORMANT.canMoveTo(CommitmentStatus.ACTIVE)).isTrue();
		assertThat(CommitmentStatus.LEFT.next()).containsExactly(CommitmentStatus.APPROACHED);
		assertThat(CommitmentStatus.ACTIVE.canMoveTo(CommitmentStatus.ACTIVE)).isFalse();
		assertThat(CommitmentStatus.ACTIVE.onBoard()).isTrue();
		assertThat(CommitmentStatus.APPROACHED.onBoard()).isFalse();
	}

	@Test
	void keysReadBackInAnyCase() {
		assertThat(OrganisationType.COMMUNITY_GROUP.key()).isEqualTo("community-group");
		assertThat(Keyed.parse(OrganisationType.class, "Community-Group")).contains(OrganisationType.COMMUNITY_GROUP);
		assertThat(Keyed.parse(OrganisationType.class, "COMMUNITY_GROUP")).contains(OrganisationType.COMMUNITY_GROUP);
		assertThat(Keyed.parse(OrganisationType.class, "bank")).isEmpty();
	}

	@Test
	void inputWithoutAuthorityForgetsWhatItWouldDecideOver() {
		var input = StakeholderInput.parse(" Stedin ", "utility", "industry", null, false, "the grid", "4", "2", true,
				false, false, "neutral", "supportive");
		assertThat(input.name()).isEqualTo("Stedin");
		assertThat(input.authorityOver()).isNull();
		assertThat(input.quadrant()).isEqualTo(GridQuadrant.KEEP_SATISFIED);
		assertThat(input.salience()).isEqualTo(SalienceClass.DORMANT);
	}

	@Test
	void scoresOutsideOneToFiveAreNamed() {
		assertThatThrownBy(() -> StakeholderInput.parse("A", "ngo", "civil-society", null, false, null, "0", "6", false,
				false, false, "neutral", "neutral"))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field, FieldProblem.Violation::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("influence", "stakeholder.influence.range"),
						org.assertj.core.groups.Tuple.tuple("interest", "stakeholder.interest.range")));
	}
}
