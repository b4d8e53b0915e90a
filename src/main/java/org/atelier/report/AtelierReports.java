package org.atelier.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierSummary;
import org.atelier.atelier.AtelierView;
import org.atelier.report.internal.DashboardPart;
import org.atelier.report.internal.PortfolioPart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an atelier's dashboard (which the progress report prints) and the portfolio from their
 * sections. Every read goes through the owning module's service, so a person who may not see
 * an atelier gets 404 for its dashboard, and the portfolio holds only the ateliers the viewer may
 * see (all active ones for an administrator).
 */
@Service
public class AtelierReports {

	private final AtelierService ateliers;
	private final AtelierAccess access;
	private final List<DashboardPart> dashboardParts;
	private final List<PortfolioPart> portfolioParts;
	private final Clock clock;

	AtelierReports(AtelierService ateliers, AtelierAccess access, List<DashboardPart> dashboardParts,
			List<PortfolioPart> portfolioParts, Clock clock) {
		this.ateliers = ateliers;
		this.access = access;
		this.dashboardParts = dashboardParts.stream().sorted(Comparator.comparingInt(DashboardPart::order)).toList();
		this.portfolioParts = portfolioParts.stream().sorted(Comparator.comparingInt(PortfolioPart::order)).toList();
		this.clock = clock;
	}

	/** The dashboard of an atelier, for its members. */
	@Transactional(readOnly = true)
	public AtelierReport dashboard(long atelierId, Locale locale) {
		access.requireMember(atelierId);
		AtelierView atelier = ateliers.view(atelierId);
		return new AtelierReport(atelier, LocalDate.now(clock),
				dashboardParts.stream().map(p -> new ReportSection(p.key(), p.content(atelier, locale))).toList());
	}

	/** The portfolio across the active ateliers the signed-in person may see. */
	@Transactional(readOnly = true)
	public PortfolioOverview portfolio(Locale locale) {
		List<AtelierSummary> visible = access.visible(false);
		return new PortfolioOverview(visible,
				portfolioParts.stream().map(p -> new ReportSection(p.key(), p.content(visible, locale))).toList());
	}
}
