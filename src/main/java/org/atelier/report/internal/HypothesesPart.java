package org.atelier.report.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.atelier.atelier.AtelierView;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.HypothesisStatus;
import org.atelier.hypothesis.HypothesisView;
import org.springframework.stereotype.Component;

/** How many of the atelier's hypotheses stand in each status (every status listed, zeros too). */
@Component
public class HypothesesPart implements DashboardPart {

	public record HypothesisCounts(long total, List<Tally> byStatus) {
	}

	private final Hypotheses hypotheses;

	HypothesesPart(Hypotheses hypotheses) {
		this.hypotheses = hypotheses;
	}

	@Override
	public String key() {
		return "hypotheses";
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public HypothesisCounts content(AtelierView atelier, Locale locale) {
		List<HypothesisView> all = hypotheses.list(atelier.id(), null, null);
		return new HypothesisCounts(all.size(), Arrays.stream(HypothesisStatus.values())
			.map(s -> new Tally(s.name(), all.stream().filter(h -> h.status() == s).count()))
			.toList());
	}
}
