package org.atelier.report.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.atelier.atelier.AtelierView;
import org.atelier.stakeholder.CommitmentStatus;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.stakeholder.StakeholderView;
import org.springframework.stereotype.Component;

/** The stakeholder register by commitment: how many organisations stand where, and how many are on board. */
@Component
public class CommitmentPart implements DashboardPart {

	/** {@code onBoard} counts the committed and active organisations. */
	public record Commitment(long total, long onBoard, List<Tally> byStatus) {
	}

	private final StakeholderRegister register;

	CommitmentPart(StakeholderRegister register) {
		this.register = register;
	}

	@Override
	public String key() {
		return "commitment";
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public Commitment content(AtelierView atelier, Locale locale) {
		List<StakeholderView> all = register.list(atelier.id());
		return new Commitment(all.size(), all.stream().filter(s -> s.commitment().onBoard()).count(),
				Arrays.stream(CommitmentStatus.values())
					.map(c -> new Tally(c.name(), all.stream().filter(s -> s.commitment() == c).count()))
					.toList());
	}
}
