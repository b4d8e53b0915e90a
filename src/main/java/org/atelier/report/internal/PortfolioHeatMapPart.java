package org.atelier.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.assessment.AssessmentService;
import org.atelier.assessment.ScoreTable;
import org.atelier.atelier.AtelierSummary;
import org.springframework.stereotype.Component;

/**
 * The building-block heat map of the assessment module (latest scores per atelier), narrowed to
 * the ateliers of this portfolio.
 */
@Component
public class PortfolioHeatMapPart implements PortfolioPart {

	private final AssessmentService assessments;

	PortfolioHeatMapPart(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@Override
	public String key() {
		return "heatmap";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public ScoreTable content(List<AtelierSummary> ateliers, Locale locale) {
		Set<Long> ids = ateliers.stream().map(AtelierSummary::id).collect(Collectors.toSet());
		ScoreTable all = assessments.portfolio(locale);
		return new ScoreTable(all.columns(), all.rows().stream().filter(r -> ids.contains(r.atelierId())).toList());
	}
}
