package org.atelier.report.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.activity.ActionRegister;
import org.atelier.atelier.AtelierSummary;
import org.atelier.method.Phase;
import org.springframework.stereotype.Component;

/** The overdue follow-up actions of each visible atelier, the most overdue first. */
@Component
public class PortfolioOverduePart implements PortfolioPart {

	public record AtelierOverdue(long atelierId, String name, String city, Phase phase, long overdue) {
	}

	private final ActionRegister actions;

	PortfolioOverduePart(ActionRegister actions) {
		this.actions = actions;
	}

	@Override
	public String key() {
		return "overdue";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public List<AtelierOverdue> content(List<AtelierSummary> ateliers, Locale locale) {
		Map<Long, Long> counts = actions.overdueCounts(ateliers.stream().map(AtelierSummary::id).toList());
		return ateliers.stream()
			.map(a -> new AtelierOverdue(a.id(), a.name(), a.city(), a.phase(), counts.getOrDefault(a.id(), 0L)))
			.sorted(Comparator.comparingLong(AtelierOverdue::overdue).reversed())
			.toList();
	}
}
