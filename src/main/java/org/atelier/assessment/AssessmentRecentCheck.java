package org.atelier.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.atelier.atelier.AtelierService;
import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.atelier.method.Phase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readiness check {@code assessment-recent}: the atelier's building blocks were assessed in its
 * current phase, by at least one member, in an assessment opened no more than
 * {@code max-age-months} (default 6) months ago. The same age rule marks assessments stale on
 * their pages, so the check and the pages never disagree.
 */
@Component
class AssessmentRecentCheck implements ReadinessEvaluator {

	static final String CHECK_TYPE = "assessment-recent";

	private final AtelierService ateliers;
	private final JdbcClient jdbc;
	private final Clock clock;

	AssessmentRecentCheck(AtelierService ateliers, JdbcClient jdbc, Clock clock) {
		this.ateliers = ateliers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String checkType() {
		return CHECK_TYPE;
	}

	@Override
	public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
		Phase current = ateliers.view(atelierId).phase();
		Optional<OffsetDateTime> latest = jdbc.sql("""
				select max(a.opened_at) from assessment a
				where a.atelier_id = :atelier and a.phase = :phase
				  and exists (select 1 from assessment_answer x where x.assessment_id = a.id)""")
			.param("atelier", atelierId)
			.param("phase", current.name())
			.query(OffsetDateTime.class)
			.optional();
		return judge(atelierId, current, latest.orElse(null), months(parameters.get("max-age-months")), clock);
	}

	static ReadinessFinding judge(long atelierId, Phase current, OffsetDateTime latestOpenedAt, int months,
			Clock clock) {
		String fix = "/ateliers/" + atelierId + "/assessments";
		if (latestOpenedAt == null) {
			return ReadinessFinding.missing(fix, "assessment.readiness.none");
		}
		if (AssessmentService.isStale(latestOpenedAt, current, current, clock.instant(), months)) {
			return ReadinessFinding.missing(fix, "assessment.readiness.tooOld", latestOpenedAt.toLocalDate(), months);
		}
		return ReadinessFinding.met("assessment.readiness.recent", latestOpenedAt.toLocalDate());
	}

	static int months(String text) {
		if (text == null || text.isBlank()) {
			return AssessmentService.STALE_AFTER_MONTHS;
		}
		try {
			return Math.max(1, Integer.parseInt(text.trim()));
		}
		catch (NumberFormatException e) {
			return AssessmentService.STALE_AFTER_MONTHS;
		}
	}
}
