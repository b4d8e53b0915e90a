package org.atelier.report.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.atelier.atelier.AtelierSummary;
import org.atelier.method.Phase;
import org.springframework.stereotype.Component;

/** How many of the visible ateliers are in each phase (every phase listed, zeros too). */
@Component
public class PortfolioPhasesPart implements PortfolioPart {

	@Override
	public String key() {
		return "phases";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<Tally> content(List<AtelierSummary> ateliers, Locale locale) {
		return Arrays.stream(Phase.values())
			.map(p -> new Tally(p.name(), ateliers.stream().filter(a -> a.phase() == p).count()))
			.toList();
	}
}
