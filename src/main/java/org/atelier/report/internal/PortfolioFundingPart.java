package org.atelier.report.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.atelier.AtelierSummary;
import org.atelier.capacity.FundingOutlook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Next year's firm funding of each visible atelier with its warnings; funding cliffs first. */
@Component
public class PortfolioFundingPart implements PortfolioPart {

	public record AtelierFunding(long atelierId, String name, String city, BigDecimal nextYearFirm,
			@Nullable Integer hhiPoints, boolean concentration, boolean cliff) {
	}

	private final FundingOutlook outlook;

	PortfolioFundingPart(FundingOutlook outlook) {
		this.outlook = outlook;
	}

	@Override
	public String key() {
		return "funding";
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public List<AtelierFunding> content(List<AtelierSummary> ateliers, Locale locale) {
		Map<Long, FundingOutlook.Summary> summaries = outlook.summaries(ateliers.stream().map(AtelierSummary::id).toList());
		return ateliers.stream().filter(a -> summaries.containsKey(a.id())).map(a -> {
			FundingOutlook.Summary s = summaries.get(a.id());
			return new AtelierFunding(a.id(), a.name(), a.city(), s.nextYearFirm(), s.hhiPoints(), s.concentration(),
					s.cliff());
		}).sorted(Comparator.comparing(AtelierFunding::cliff).thenComparing(AtelierFunding::concentration).reversed()
			.thenComparing(AtelierFunding::name)).toList();
	}
}
