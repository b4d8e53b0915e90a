package org.atelier.report.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.atelier.atelier.AtelierView;
import org.atelier.lifecycle.CriterionResult;
import org.atelier.lifecycle.GateReviews;
import org.atelier.lifecycle.Readiness;
import org.atelier.lifecycle.ReadinessCheck;
import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The phase the atelier is in, the dates it entered each phase, and its readiness for the next one. */
@Component
public class PhasePart implements DashboardPart {

	/** One step of the timeline, dated in UTC. */
	public record Step(Phase phase, LocalDate enteredOn) {
	}

	/** The readiness criteria of the next move, with how many are met. */
	public record PhaseStatus(Phase phase, List<Step> timeline, @Nullable Phase nextPhase, boolean ready, int met,
			int total, List<CriterionResult> criteria) {
	}

	private final GateReviews reviews;
	private final ReadinessCheck readiness;

	PhasePart(GateReviews reviews, ReadinessCheck readiness) {
		this.reviews = reviews;
		this.readiness = readiness;
	}

	@Override
	public String key() {
		return "phase";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public PhaseStatus content(AtelierView atelier, Locale locale) {
		List<Step> timeline = reviews.timeline(atelier.id()).stream()
			.map(e -> new Step(e.phase(), LocalDate.ofInstant(e.enteredAt(), ZoneOffset.UTC)))
			.toList();
		Readiness check = readiness.check(atelier.id());
		int met = (int) check.criteria().stream().filter(CriterionResult::met).count();
		return new PhaseStatus(atelier.phase(), timeline, check.nextPhase(), check.ready(), met, check.criteria().size(),
				check.criteria());
	}
}
