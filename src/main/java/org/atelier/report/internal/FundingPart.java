package org.atelier.report.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.atelier.atelier.AtelierView;
import org.atelier.capacity.FundingOutlook;
import org.atelier.capacity.FundingRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The funding runway: firm and expected money per quarter for the coming three years, next year's
 * total, the Herfindahl–Hirschman index and the concentration and funding-cliff warnings, as the
 * capacity module's {@link FundingRules} work them out.
 */
@Component
public class FundingPart implements DashboardPart {

	public record QuarterRow(String label, BigDecimal firm, BigDecimal expected) {
	}

	public record Funding(boolean any, BigDecimal nextYearFirm, BigDecimal nextYearExpected, @Nullable Integer hhiPoints,
			boolean concentration, boolean cliff, @Nullable BigDecimal endingShare, List<QuarterRow> quarters,
			BigDecimal largestQuarter) {
	}

	private final FundingOutlook outlook;

	FundingPart(FundingOutlook outlook) {
		this.outlook = outlook;
	}

	@Override
	public String key() {
		return "funding";
	}

	@Override
	public int order() {
		return 550;
	}

	@Override
	public Funding content(AtelierView atelier, Locale locale) {
		FundingRules.Outlook o = outlook.outlook(atelier.id());
		List<QuarterRow> rows = o.quarters().stream()
			.map(q -> new QuarterRow(q.label(), q.firmTotal(), q.expectedTotal())).toList();
		BigDecimal largest = rows.stream().map(r -> r.firm().add(r.expected())).reduce(BigDecimal.ZERO, BigDecimal::max);
		return new Funding(!o.sources().isEmpty(), o.nextYearFirm(), o.nextYearExpected(), o.hhiPoints(),
				o.concentration(), o.cliff(), o.endingShare(), rows, largest);
	}
}
