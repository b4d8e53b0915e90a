package org.atelier.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.atelier.lifecycle.ReadinessFinding;
import org.junit.jupiter.api.Test;

/** The rules of the readiness checks {@code vision-endorsed} and {@code objectives-set}, on counted facts. */
class ReadinessChecksTest {

	private static final BigDecimal ALL = BigDecimal.ONE;

	@Test
	void withoutAnyStatementTheVisionIsMissingAndLinksToTheStrategyPage() {
		ReadinessFinding f = VisionEndorsedCheck.judge(7, 0, false, 3, 0, 0, ALL);
		assertThat(f.met()).isFalse();
		assertThat(f.detailKey()).isEqualTo("strategy.readiness.noStatement");
		assertThat(f.fixPath()).isEqualTo("/ateliers/7/strategy");
	}

	@Test
	void aVersionWithoutVisionOrMissionIsNotEnoughEvenWhenEveryoneEndorsedIt() {
		ReadinessFinding f = VisionEndorsedCheck.judge(7, 2, false, 2, 2, 1, ALL);
		assertThat(f.met()).isFalse();
		assertThat(f.detailKey()).isEqualTo("strategy.readiness.incomplete");
		assertThat(f.detailArgs()).containsExactly(2);
	}

	@Test
	void byDefaultEveryPartnerMustEndorse() {
		ReadinessFinding two = VisionEndorsedCheck.judge(7, 1, true, 3, 2, 1, VisionEndorsedCheck.share(null));
		assertThat(two.met()).isFalse();
		assertThat(two.detailKey()).isEqualTo("strategy.readiness.partnersMissing");
		assertThat(two.detailArgs()).containsExactly(2, 3, 1, 3);

		ReadinessFinding three = VisionEndorsedCheck.judge(7, 1, true, 3, 3, 0, VisionEndorsedCheck.share(""));
		assertThat(three.met()).isTrue();
		assertThat(three.detailArgs()).containsExactly(1, 3, 3);
		assertThat(three.fixPath()).isNull();
	}

	@Test
	void aShareIsRoundedUpToWholePartners() {
		assertThat(VisionEndorsedCheck.needed(3, new BigDecimal("0.5"))).isEqualTo(2);
		assertThat(VisionEndorsedCheck.needed(4, new BigDecimal("0.5"))).isEqualTo(2);
		assertThat(VisionEndorsedCheck.needed(4, new BigDecimal("0.75"))).isEqualTo(3);
		assertThat(VisionEndorsedCheck.needed(5, BigDecimal.ZERO)).isEqualTo(1);
		assertThat(VisionEndorsedCheck.judge(1, 1, true, 3, 2, 0, new BigDecimal("0.5")).met()).isTrue();
		assertThat(VisionEndorsedCheck.judge(1, 1, true, 3, 1, 0, new BigDecimal("0.5")).met()).isFalse();
	}

	@Test
	void anInvalidShareCountsAsTheStrictestOne() {
		assertThat(VisionEndorsedCheck.share("half")).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(VisionEndorsedCheck.share("1.5")).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(VisionEndorsedCheck.share("-0.2")).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(VisionEndorsedCheck.share(" 0.6 ")).isEqualByComparingTo(new BigDecimal("0.6"));
	}

	@Test
	void withoutPartnerMembersACoordinatorEndorsementIsNeeded() {
		ReadinessFinding none = VisionEndorsedCheck.judge(9, 4, true, 0, 0, 0, ALL);
		assertThat(none.met()).isFalse();
		assertThat(none.detailKey()).isEqualTo("strategy.readiness.noCoordinatorEndorsement");
		assertThat(none.detailArgs()).containsExactly(4);

		ReadinessFinding one = VisionEndorsedCheck.judge(9, 4, true, 0, 0, 1, ALL);
		assertThat(one.met()).isTrue();
		assertThat(one.detailKey()).isEqualTo("strategy.readiness.endorsedByCoordinator");
	}

	@Test
	void coordinatorEndorsementsDoNotReplaceMissingPartners() {
		ReadinessFinding f = VisionEndorsedCheck.judge(9, 1, true, 2, 1, 3, ALL);
		assertThat(f.met()).isFalse();
		assertThat(f.detailArgs()).isEqualTo(List.of(1, 2, 1, 2));
	}

	@Test
	void objectivesNeedAnOwnerAndTheMinimumDefaultsToOne() {
		assertThat(ObjectivesSetCheck.judge(3, 0, 0, ObjectivesSetCheck.minimum(null)).met()).isFalse();
		assertThat(ObjectivesSetCheck.judge(3, 2, 0, 1).met()).isFalse();
		ReadinessFinding missing = ObjectivesSetCheck.judge(3, 2, 1, 2);
		assertThat(missing.met()).isFalse();
		assertThat(missing.detailKey()).isEqualTo("strategy.readiness.noObjectives");
		assertThat(missing.detailArgs()).containsExactly(1, 2);
		assertThat(missing.fixPath()).isEqualTo("/ateliers/3/strategy");
		ReadinessFinding met = ObjectivesSetCheck.judge(3, 2, 2, 2);
		assertThat(met.met()).isTrue();
		assertThat(met.detailArgs()).containsExactly(2);
		assertThat(ObjectivesSetCheck.minimum("3")).isEqualTo(3);
		assertThat(ObjectivesSetCheck.minimum("many")).isEqualTo(1);
		assertThat(ObjectivesSetCheck.minimum("0")).isEqualTo(1);
	}
}
