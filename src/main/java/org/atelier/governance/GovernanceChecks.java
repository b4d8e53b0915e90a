package org.atelier.governance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.annotation.Configuration;

/**
 * The two readiness checks this module answers.
 *
 * <p>{@code governance-arranged} (leaving Preconditions): the parts named in its {@code roles}
 * parameter are in place. {@code facilitator}: someone holds the facilitator role;
 * {@code decision-authority}: someone holds the decision-maker or chair role; {@code mandate}: the
 * atelier's mandate is written down. Expired mandates do not count.
 *
 * <p>{@code governance-formalised} (before Continuation): the arrangement is laid down in full: a
 * mandate, an escalation route of at least two levels, at least one municipal strategy or programme
 * served, a RACI matrix with at least one row and no row breaking its rules, and at least one
 * accepted decision in the log.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceChecks {

	static final String ARRANGED = "governance-arranged";
	static final String FORMALISED = "governance-formalised";

	@Bean
	ReadinessEvaluator governanceArranged(GovernanceRecords records) {
		return new ReadinessEvaluator() {
			@Override
			public String checkType() {
				return ARRANGED;
			}

			@Override
			public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
				return arranged(atelierId, parameters.getOrDefault("roles", "facilitator,decision-authority,mandate"),
						records.rolesUnchecked(atelierId), records.mandateUnchecked(atelierId).isPresent());
			}
		};
	}

	@Bean
	ReadinessEvaluator governanceFormalised(GovernanceRecords records, RaciMatrix raci, DecisionLog decisions) {
		return new ReadinessEvaluator() {
			@Override
			public String checkType() {
				return FORMALISED;
			}

			@Override
			public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
				var jdbcFree = new Formal(records.mandateUnchecked(atelierId).isPresent(),
						records.levelsUnchecked(atelierId), records.strategyLinksUnchecked(atelierId),
						raci.rowsUnchecked(atelierId), decisions.countAccepted(atelierId));
				return formalised(atelierId, jdbcFree);
			}
		};
	}

	static ReadinessFinding arranged(long atelierId, String required, List<GovernanceRole> roles, boolean mandate) {
		Set<String> parts = Arrays.stream(required.split(",")).map(String::trim).filter(p -> !p.isEmpty())
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		List<GovernanceRole> current = roles.stream().filter(r -> !r.expired()).toList();
		List<String> missing = new java.util.ArrayList<>();
		for (String part : parts) {
			boolean present = switch (part) {
				case "facilitator" -> current.stream().anyMatch(r -> r.kind() == RoleKind.FACILITATOR);
				case "decision-authority" -> current.stream()
					.anyMatch(r -> r.kind() == RoleKind.DECISION_MAKER || r.kind() == RoleKind.CHAIR);
				case "mandate" -> mandate;
				default -> false;
			};
			if (!present) {
				missing.add(part);
			}
		}
		if (missing.isEmpty()) {
			return ReadinessFinding.met("governance.readiness.arranged");
		}
		return missing(atelierId, missing);
	}

	/** Names the first missing part (in the reader's language) and how many more there are. */
	private static ReadinessFinding missing(long atelierId, List<String> missing) {
		return ReadinessFinding.missing("/ateliers/" + atelierId + "/governance", "governance.readiness.missing",
				new DefaultMessageSourceResolvable("governance.readiness.part." + missing.getFirst()), missing.size() - 1);
	}

	record Formal(boolean mandate, List<EscalationLevel> levels, List<StrategyLink> strategies, List<RaciRow> raci,
			int acceptedDecisions) {
	}

	static ReadinessFinding formalised(long atelierId, Formal f) {
		List<String> missing = new java.util.ArrayList<>();
		if (!f.mandate()) {
			missing.add("mandate");
		}
		if (f.levels().size() < 2) {
			missing.add("escalation");
		}
		if (f.strategies().isEmpty()) {
			missing.add("strategy");
		}
		if (f.raci().isEmpty() || f.raci().stream().anyMatch(r -> !r.valid())) {
			missing.add("raci");
		}
		if (f.acceptedDecisions() == 0) {
			missing.add("decision");
		}
		if (missing.isEmpty()) {
			return ReadinessFinding.met("governance.readiness.formalised");
		}
		return missing(atelierId, missing);
	}
}
