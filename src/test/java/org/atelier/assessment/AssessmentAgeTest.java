package org.atelier.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.atelier.lifecycle.ReadinessFinding;
import org.atelier.method.Phase;
import org.junit.jupiter.api.Test;

/** The six-month age rule, with the clock moved around the boundary, for the stale mark and the readiness check. */
class AssessmentAgeTest {

	private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void anAssessmentTurnsStaleSixCalendarMonthsAfterItWasOpened() {
		assertThat(stale(Instant.parse("2026-09-15T09:59:59Z"))).isFalse();
		assertThat(stale(Instant.parse("2026-09-15T10:00:00Z"))).isFalse();
		assertThat(stale(Instant.parse("2026-09-15T10:00:01Z"))).isTrue();
		assertThat(stale(Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
	}

	@Test
	void anAssessmentOfAPhaseTheAtelierHasLeftIsStaleWhateverItsAge() {
		assertThat(AssessmentService.isStale(OPENED, Phase.PRECONDITIONS, Phase.ESTABLISHING,
				Instant.parse("2026-03-16T00:00:00Z"), 6)).isTrue();
	}

	@Test
	void theReadinessCheckFollowsTheSameRuleAndItsParameter() {
		Clock august = Clock.fixed(Instant.parse("2026-08-01T00:00:00Z"), ZoneOffset.UTC);
		ReadinessFinding recent = AssessmentRecentCheck.judge(7, Phase.ESTABLISHING, OPENED, 6, august);
		assertThat(recent.met()).isTrue();
		assertThat(recent.detailKey()).isEqualTo("assessment.readiness.recent");

		ReadinessFinding threeMonths = AssessmentRecentCheck.judge(7, Phase.ESTABLISHING, OPENED,
				AssessmentRecentCheck.months("3"), august);
		assertThat(threeMonths.met()).isFalse();
		assertThat(threeMonths.detailKey()).isEqualTo("assessment.readiness.tooOld");
		assertThat(threeMonths.fixPath()).isEqualTo("/ateliers/7/assessments");

		ReadinessFinding none = AssessmentRecentCheck.judge(7, Phase.ESTABLISHING, null, 6, august);
		assertThat(none.met()).isFalse();
		assertThat(none.detailKey()).isEqualTo("assessment.readiness.none");
	}

	@Test
	void anUnreadableAgeParameterFallsBackToSixMonths() {
		assertThat(AssessmentRecentCheck.months(null)).isEqualTo(6);
		assertThat(AssessmentRecentCheck.months("soon")).isEqualTo(6);
		assertThat(AssessmentRecentCheck.months("0")).isEqualTo(1);
		assertThat(AssessmentRecentCheck.months(" 12 ")).isEqualTo(12);
	}

	private static boolean stale(Instant now) {
		return AssessmentService.isStale(OPENED, Phase.ESTABLISHING, Phase.ESTABLISHING, now, 6);
	}
}
