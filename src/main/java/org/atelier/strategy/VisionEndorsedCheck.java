package org.atelier.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.MemberView;
import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.stereotype.Component;

/**
 * Readiness check {@code vision-endorsed}: the current revision has both a vision and a mission,
 * and at least {@code minimumShare} (a fraction from 0 to 1, default 1 = all) of the atelier's
 * members with the partner role endorsed it. An atelier without partner members needs at least
 * one endorsement by a coordinator instead. A share that is not a number from 0 to 1 counts as
 * the strictest, 1, so that a typing error in the method data never makes the check easier.
 */
@Component
class VisionEndorsedCheck implements ReadinessEvaluator {

	static final String CHECK_TYPE = "vision-endorsed";

	private final StrategyService strategy;
	private final AtelierMembers members;

	VisionEndorsedCheck(StrategyService strategy, AtelierMembers members) {
		this.strategy = strategy;
		this.members = members;
	}

	@Override
	public String checkType() {
		return CHECK_TYPE;
	}

	@Override
	public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
		StrategyFacts facts = strategy.facts(atelierId);
		List<MemberView> all = members.list(atelierId);
		Set<Long> endorsers = Set.copyOf(facts.endorserIds());
		int partners = (int) all.stream().filter(m -> m.role() == AtelierRole.PARTNER).count();
		int partnersEndorsed = (int) all.stream()
			.filter(m -> m.role() == AtelierRole.PARTNER && endorsers.contains(m.userId())).count();
		int coordinatorsEndorsed = (int) all.stream()
			.filter(m -> m.role() == AtelierRole.COORDINATOR && endorsers.contains(m.userId())).count();
		return judge(atelierId, facts.revision(), facts.visionAndMission(), partners, partnersEndorsed,
				coordinatorsEndorsed, share(parameters.get("minimumShare")));
	}

	/** The rule itself, on counted facts. */
	static ReadinessFinding judge(long atelierId, int revision, boolean visionAndMission, int partners,
			int partnersEndorsed, int coordinatorsEndorsed, BigDecimal minimumShare) {
		String fix = "/ateliers/" + atelierId + "/strategy";
		if (revision == 0) {
			return ReadinessFinding.missing(fix, "strategy.readiness.noStatement");
		}
		if (!visionAndMission) {
			return ReadinessFinding.missing(fix, "strategy.readiness.incomplete", revision);
		}
		if (partners == 0) {
			return coordinatorsEndorsed > 0 ? ReadinessFinding.met("strategy.readiness.endorsedByCoordinator", revision)
					: ReadinessFinding.missing(fix, "strategy.readiness.noCoordinatorEndorsement", revision);
		}
		int needed = needed(partners, minimumShare);
		if (partnersEndorsed >= needed) {
			return ReadinessFinding.met("strategy.readiness.endorsed", revision, partnersEndorsed, partners);
		}
		return ReadinessFinding.missing(fix, "strategy.readiness.partnersMissing", partnersEndorsed, partners, revision,
				needed);
	}

	/** How many of {@code partners} must endorse: the share rounded up, and never fewer than one. */
	static int needed(int partners, BigDecimal share) {
		int n = share.multiply(BigDecimal.valueOf(partners)).setScale(0, RoundingMode.CEILING).intValueExact();
		return Math.max(1, Math.min(partners, n));
	}

	/** The parameter as a fraction from 0 to 1; absent or invalid means 1. */
	static BigDecimal share(String text) {
		if (text == null || text.isBlank()) {
			return BigDecimal.ONE;
		}
		try {
			BigDecimal share = new BigDecimal(text.trim());
			return share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : share;
		}
		catch (NumberFormatException e) {
			return BigDecimal.ONE;
		}
	}
}
