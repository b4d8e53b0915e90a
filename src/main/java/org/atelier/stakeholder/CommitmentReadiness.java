package org.atelier.stakeholder;

import java.util.List;
import java.util.Map;

import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the readiness check {@code stakeholder-committed}: at least {@code decision-makers}
 * (default 1) organisations with decision authority are committed or active, and a citizen or
 * community group is committed or active too, as the parameter {@code community-representative}
 * says: {@code when-residents-affected} (the default: the challenge affects residents when the
 * register holds any citizen or community group), {@code always} or {@code never}.
 */
@Component
class CommitmentReadiness implements ReadinessEvaluator {

	static final String CHECK_TYPE = "stakeholder-committed";

	/** What the check needs to know of one organisation. */
	record Standing(OrganisationType type, boolean decisionAuthority, CommitmentStatus commitment) {
	}

	private final JdbcClient jdbc;

	CommitmentReadiness(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String checkType() {
		return CHECK_TYPE;
	}

	@Override
	public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
		List<Standing> register = jdbc.sql("select org_type, decision_authority, commitment from stakeholder where atelier_id = :a")
			.param("a", atelierId)
			.query((rs, i) -> new Standing(OrganisationType.valueOf(rs.getString("org_type")),
					rs.getBoolean("decision_authority"), CommitmentStatus.valueOf(rs.getString("commitment"))))
			.list();
		String rule = parameters.getOrDefault("community-representative", "when-residents-affected").trim();
		return judge(atelierId, register, atLeastOne(parameters.get("decision-makers")), "always".equals(rule),
				"never".equals(rule));
	}

	static ReadinessFinding judge(long atelierId, List<Standing> register, boolean communityRequired) {
		return judge(atelierId, register, 1, communityRequired, false);
	}

	static ReadinessFinding judge(long atelierId, List<Standing> register, int minimumDeciders,
			boolean communityAlways, boolean communityNever) {
		long deciders = register.stream().filter(s -> s.decisionAuthority() && s.commitment().onBoard()).count();
		boolean communityInRegister = register.stream().anyMatch(s -> s.type() == OrganisationType.COMMUNITY_GROUP);
		boolean communityNeeded = !communityNever && (communityAlways || communityInRegister);
		long communities = register.stream()
			.filter(s -> s.type() == OrganisationType.COMMUNITY_GROUP && s.commitment().onBoard())
			.count();
		boolean deciderMissing = deciders < minimumDeciders;
		boolean communityMissing = communityNeeded && communities == 0;
		String fixPath = "/ateliers/" + atelierId + "/stakeholders";
		if (deciderMissing && communityMissing) {
			return ReadinessFinding.missing(fixPath, "stakeholder.readiness.neither");
		}
		if (deciderMissing) {
			return ReadinessFinding.missing(fixPath, "stakeholder.readiness.noDecisionMaker");
		}
		if (communityMissing) {
			return ReadinessFinding.missing(fixPath, "stakeholder.readiness.noCommunity");
		}
		return ReadinessFinding.met("stakeholder.readiness.met", deciders, communities);
	}

	/** A count from the method data; anything unreadable or below one counts as one, never as zero. */
	private static int atLeastOne(String value) {
		try {
			return Math.max(1, Integer.parseInt(value == null ? "1" : value.trim()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
