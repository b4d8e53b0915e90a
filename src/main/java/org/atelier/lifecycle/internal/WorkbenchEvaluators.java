package org.atelier.lifecycle.internal;

import java.util.Map;

import org.atelier.lifecycle.ConditionStatus;
import org.atelier.lifecycle.OperationalCondition;
import org.atelier.lifecycle.ReadinessEvaluator;
import org.atelier.lifecycle.ReadinessFinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The readiness checks this module answers from the Preconditions workbench: a validated challenge
 * statement, and a complete operational-conditions checklist.
 */
@Configuration(proxyBeanMethods = false)
class WorkbenchEvaluators {

	@Bean
	ReadinessEvaluator challengeValidated(JdbcClient jdbc) {
		return new ReadinessEvaluator() {
			@Override
			public String checkType() {
				return "challenge-validated";
			}

			@Override
			public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
				String fix = "/ateliers/" + atelierId + "/challenge";
				return jdbc.sql("""
						select version_no, validated_at is not null from challenge_statement where atelier_id = :a
						order by version_no desc limit 1""")
					.param("a", atelierId)
					.query((rs, i) -> rs.getBoolean(2)
							? ReadinessFinding.met("lifecycle.readiness.challenge.validated", rs.getInt(1))
							: ReadinessFinding.missing(fix, "lifecycle.readiness.challenge.notValidated", rs.getInt(1)))
					.optional()
					.orElseGet(() -> ReadinessFinding.missing(fix, "lifecycle.readiness.challenge.missing"));
			}
		};
	}

	/**
	 * Parameter {@code evidence-required} (default true): a secured item counts only with evidence.
	 * Items marked not needed count as settled.
	 */
	@Bean
	ReadinessEvaluator operationalConditionsComplete(JdbcClient jdbc) {
		return new ReadinessEvaluator() {
			@Override
			public String checkType() {
				return "operational-conditions-complete";
			}

			@Override
			public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
				boolean evidenceRequired = !"false".equalsIgnoreCase(parameters.getOrDefault("evidence-required", "true"));
				var rows = jdbc.sql("select item_key, status, evidence from operational_condition where atelier_id = :a")
					.param("a", atelierId)
					.query((rs, i) -> new Object[] { rs.getString(1), ConditionStatus.valueOf(rs.getString(2)),
							rs.getString(3) })
					.list();
				int open = OperationalCondition.STANDARD.size();
				int total = OperationalCondition.STANDARD.size();
				for (Object[] row : rows) {
					boolean standard = OperationalCondition.STANDARD.contains((String) row[0]);
					if (!standard) {
						total++;
						open++;
					}
					ConditionStatus status = (ConditionStatus) row[1];
					boolean settled = status == ConditionStatus.NOT_NEEDED
							|| (status == ConditionStatus.SECURED && (!evidenceRequired || row[2] != null));
					if (settled) {
						open--;
					}
				}
				if (open == 0) {
					return ReadinessFinding.met("lifecycle.readiness.conditions.complete", total);
				}
				return ReadinessFinding.missing("/ateliers/" + atelierId + "/conditions",
						evidenceRequired ? "lifecycle.readiness.conditions.openWithEvidence"
								: "lifecycle.readiness.conditions.open", open, total);
			}
		};
	}
}
