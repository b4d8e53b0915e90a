package org.atelier.stakeholder;

import java.util.List;
import java.util.Map;

import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the readiness check {@code stakeholder-committed}: at least one organisation with
 * decision authority is committed or active, and, when the register holds any citizen or
 * community group (or the parameter {@code communityRequired} is {@code true}), at least one
 * citizen or community group is committed or active too.
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
		return judge(atelierId, register, "true".equalsIgnoreCase(parameters.getOrDefault("communityRequired", "").trim()));
	}

	static ReadinessFinding judge(long atelierId, List<Standing> register, boolean communityRequired) {
		long deciders = register.stream().filter(s -> s.decisionAuthority() && s.commitment().onBoard()).count();
		boolean communityInRegister = register.stream().anyMatch(s -> s.type() == OrganisationType.COMMUNITY_GROUP);
		boolean communityNeeded = communityRequired || communityInRegister;
		long communities = register.stream()
			.filter(s -> s.type() == OrganisationType.COMMUNITY_GROUP && s.commitment().onBoard())
			.count();
		boolean deciderMissing = deciders == 0;
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
}
