package org.atelier.report;

import java.util.List;

import org.atelier.atelier.AtelierSummary;

/** The portfolio: the ateliers the viewer may see, and the sections drawn from them in order. */
public record PortfolioOverview(List<AtelierSummary> ateliers, List<ReportSection> sections) {

	public PortfolioOverview {
		ateliers = List.copyOf(ateliers);
		sections = List.copyOf(sections);
	}
}
