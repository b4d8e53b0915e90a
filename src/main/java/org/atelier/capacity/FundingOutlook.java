package org.atelier.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding picture of an atelier for other modules (dashboards, the portfolio): the runway, the
 * Herfindahl–Hirschman index of next year's firm funding and the concentration and cliff flags,
 * as {@link FundingRules} define them. Checks access like every other read.
 */
@Service
public class FundingOutlook {

	/** A short, storable summary of one atelier's funding outlook. */
	public record Summary(long atelierId, List<FundingRules.Quarter> quarters, BigDecimal nextYearFirm,
			BigDecimal nextYearExpected, @Nullable BigDecimal hhi, boolean concentration, BigDecimal currentAnnual,
			@Nullable BigDecimal endingShare, boolean cliff) {

		/** The HHI on the usual 0–10,000 points scale. */
		public @Nullable Integer hhiPoints() {
			return FundingRules.hhiPoints(hhi);
		}

		static Summary of(long atelierId, FundingRules.Outlook o) {
			return new Summary(atelierId, o.quarters(), o.nextYearFirm(), o.nextYearExpected(), o.hhi(),
					o.concentration(), o.currentAnnual(), o.endingShare(), o.cliff());
		}
	}

	private final FundingSources sources;
	private final AtelierAccess access;

	FundingOutlook(FundingSources sources, AtelierAccess access) {
		this.sources = sources;
		this.access = access;
	}

	/** The full outcome of the rules for one atelier a member may see (404 otherwise). */
	@Transactional(readOnly = true)
	public FundingRules.Outlook outlook(long atelierId) {
		List<FundingRules.Source> list = sources.list(atelierId).stream().map(FundingSourceView::source).toList();
		return FundingRules.outlook(list, sources.today());
	}

	@Transactional(readOnly = true)
	public Summary summary(long atelierId) {
		return Summary.of(atelierId, outlook(atelierId));
	}

	/**
	 * The summaries of those of the given ateliers the caller may see (all for an administrator),
	 * in the order given; the others are left out. One query for all sources.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Summary> summaries(Collection<Long> atelierIds) {
		Set<Long> visible = access.visible(true).stream().map(AtelierSummary::id).collect(Collectors.toSet());
		List<Long> ids = atelierIds.stream().filter(visible::contains).distinct().toList();
		Map<Long, List<FundingRules.Source>> byAtelier = new LinkedHashMap<>();
		ids.forEach(id -> byAtelier.put(id, new ArrayList<>()));
		sources.unchecked(ids).forEach(s -> byAtelier.get(s.atelierId()).add(s.source()));
		Map<Long, Summary> result = new LinkedHashMap<>();
		byAtelier.forEach((id, list) -> result.put(id, Summary.of(id, FundingRules.outlook(list, sources.today()))));
		return result;
	}
}
