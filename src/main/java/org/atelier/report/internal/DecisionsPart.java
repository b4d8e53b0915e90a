package org.atelier.report.internal;

import java.util.List;
import java.util.Locale;

import org.atelier.atelier.AtelierView;
import org.atelier.governance.DecisionLog;
import org.atelier.governance.DecisionView;
import org.springframework.stereotype.Component;

/** The latest entries of the decision log. */
@Component
public class DecisionsPart implements DashboardPart {

	static final int RECENT = 5;

	public record Decisions(long total, List<DecisionView> recent) {
	}

	private final DecisionLog log;

	DecisionsPart(DecisionLog log) {
		this.log = log;
	}

	@Override
	public String key() {
		return "decisions";
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public Decisions content(AtelierView atelier, Locale locale) {
		List<DecisionView> all = log.list(atelier.id(), null);
		return new Decisions(all.size(), all.stream().limit(RECENT).toList());
	}
}
