package org.atelier.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The readiness rule and the gate-review rules, without Spring or a database. */
class ReadinessRulesTest {

	private static final ReadinessCheck.Texts TEXTS = (key, args) -> key + List.of(args);
	private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

	private static Criterion criterion(String key, String check, Map<String, String> parameters) {
		Map<String, String> words = Map.of("en", key + " (en)", "nl", key + " (nl)", "es", key + " (es)");
		return new Criterion(key, check, parameters, words, words);
	}

	private static ReadinessEvaluator evaluator(String type, boolean met) {
		return new ReadinessEvaluator() {
			@Override
			public String checkType() {
				return type;
			}

			@Override
			public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
				return met ? ReadinessFinding.met("ok") : ReadinessFinding.missing("/fix/" + atelierId, "missing");
			}
		};
	}

	@Test
	void aCheckTypeWithoutEvaluatorIsNotMeasurableNeverMetAndKeepsTheTransitionNotReady() {
		var criteria = List.of(criterion("challenge-validated", "challenge-validated", Map.of()),
				criterion("hypothesis-recorded", "hypothesis-recorded", Map.of("minimum", "1")));
		Readiness r = ReadinessCheck.judge(7, Phase.PRECONDITIONS, criteria,
				Map.of("challenge-validated", evaluator("challenge-validated", true)), TEXTS, Locale.ENGLISH);

		assertThat(r.nextPhase()).isEqualTo(Phase.ESTABLISHING);
		assertThat(r.ready()).isFalse();
		CriterionResult hypothesis = r.criteria().get(1);
		assertThat(hypothesis.measurable()).isFalse();
		assertThat(hypothesis.met()).isFalse();
		assertThat(hypothesis.detail()).startsWith(ReadinessCheck.NOT_MEASURABLE);
		assertThat(r.criteria().get(0).met()).isTrue();
		assertThat(r.unmet()).extracting(CriterionResult::key).containsExactly("hypothesis-recorded");
	}

	@Test
	void everyCriterionMetMakesItReadyAndUnmetOnesCarryTheirFixPath() {
		var criteria = List.of(criterion("a", "a", Map.of()), criterion("b", "b", Map.of()));
		Map<String, ReadinessEvaluator> all = Map.of("a", evaluator("a", true), "b", evaluator("b", true));
		assertThat(ReadinessCheck.judge(3, Phase.ESTABLISHING, criteria, all, TEXTS, Locale.ENGLISH).ready()).isTrue();

		Map<String, ReadinessEvaluator> oneMissing = Map.of("a", evaluator("a", true), "b", evaluator("b", false));
		Readiness r = ReadinessCheck.judge(3, Phase.ESTABLISHING, criteria, oneMissing, TEXTS, Locale.ENGLISH);
		assertThat(r.ready()).isFalse();
		assertThat(r.criteria().get(1).fixPath()).isEqualTo("/fix/3");
		assertThat(r.criteria().get(0).fixPath()).isNull();
	}

	@Test
	void theEvaluatorReceivesTheParametersOfTheData() {
		Map<String, String> seen = new HashMap<>();
		ReadinessEvaluator minimum = new ReadinessEvaluator() {
			@Override
			public String checkType() {
				return "count";
			}

			@Override
			public ReadinessFinding evaluate(long atelierId, Map<String, String> parameters) {
				seen.putAll(parameters);
				int min = Integer.parseInt(parameters.get("minimum"));
				return min <= 2 ? ReadinessFinding.met("ok") : ReadinessFinding.missing("/x", "too few");
			}
		};
		var two = List.of(criterion("c", "count", Map.of("minimum", "2")));
		var three = List.of(criterion("c", "count", Map.of("minimum", "3")));
		assertThat(ReadinessCheck.judge(1, Phase.MATURING, two, Map.of("count", minimum), TEXTS, Locale.ENGLISH).ready())
			.isTrue();
		assertThat(seen).containsEntry("minimum", "2");
		assertThat(ReadinessCheck.judge(1, Phase.MATURING, three, Map.of("count", minimum), TEXTS, Locale.ENGLISH).ready())
			.isFalse();
	}

	@Test
	void labelsFollowTheLanguageAndTheLastPhaseIsNeverReady() {
		var criteria = List.of(criterion("a", "a", Map.of()));
		Readiness nl = ReadinessCheck.judge(1, Phase.PRECONDITIONS, criteria, Map.of("a", evaluator("a", true)), TEXTS,
				Locale.forLanguageTag("nl"));
		assertThat(nl.criteria().get(0).label()).isEqualTo("a (nl)");
		Readiness last = ReadinessCheck.judge(1, Phase.CONTINUATION, List.of(), Map.of(), TEXTS, Locale.ENGLISH);
		assertThat(last.nextPhase()).isNull();
		assertThat(last.ready()).isFalse();
	}

	private static Readiness notReady() {
		return ReadinessCheck.judge(1, Phase.PRECONDITIONS, List.of(criterion("x", "unknown", Map.of())), Map.of(),
				TEXTS, Locale.ENGLISH);
	}

	private static Readiness ready(Phase phase) {
		return ReadinessCheck.judge(1, phase, List.of(), Map.of(), TEXTS, Locale.ENGLISH);
	}

	private static GateReviewInput input(String decision, String target, boolean override) {
		return GateReviewInput.parse(decision, target, null, "Because the partners agreed.", override, List.of(), null);
	}

	@Test
	void advancingWhileNotReadyNeedsTheOverrideAndIsThenMarkedAsOverride() {
		assertThatThrownBy(() -> GateRules.decide(notReady(), input("advance", null, false), TODAY))
			.isInstanceOfSatisfying(NotReadyException.class,
					e -> assertThat(e.unmet()).extracting(CriterionResult::key).containsExactly("x"));
		GateRules.Outcome o = GateRules.decide(notReady(), input("advance", null, true), TODAY);
		assertThat(o.target()).isEqualTo(Phase.ESTABLISHING);
		assertThat(o.override()).isTrue();
	}

	@Test
	void theOverrideFlagOnAReadyAtelierIsNoOverride() {
		GateRules.Outcome o = GateRules.decide(ready(Phase.PRECONDITIONS), input("ADVANCE", "establishing", true), TODAY);
		assertThat(o.override()).isFalse();
		assertThat(o.target()).isEqualTo(Phase.ESTABLISHING);
	}

	@Test
	void advanceGoesOnlyToTheNextPhaseReturnOnlyBackAndHoldStays() {
		assertThatThrownBy(() -> GateRules.decide(ready(Phase.PRECONDITIONS), input("advance", "maturing", false), TODAY))
			.isInstanceOfSatisfying(FieldProblem.class,
					p -> assertThat(p.violations().get(0).field()).isEqualTo("targetPhase"));
		assertThatThrownBy(() -> GateRules.decide(ready(Phase.ESTABLISHING), input("return", "maturing", false), TODAY))
			.isInstanceOf(FieldProblem.class);
		assertThatThrownBy(() -> GateRules.decide(ready(Phase.ESTABLISHING), input("return", null, false), TODAY))
			.isInstanceOf(FieldProblem.class);
		assertThat(GateRules.decide(ready(Phase.MATURING), input("return", "preconditions", false), TODAY).target())
			.isEqualTo(Phase.PRECONDITIONS);
		assertThat(GateRules.decide(notReady(), input("hold", null, false), TODAY).target())
			.isEqualTo(Phase.PRECONDITIONS);
		assertThatThrownBy(() -> GateRules.decide(ready(Phase.CONTINUATION), input("advance", null, true), TODAY))
			.isInstanceOf(FieldProblem.class);
	}

	@Test
	void aReviewNeedsARationaleAKnownDecisionAndNoFutureDate() {
		assertThatThrownBy(() -> GateReviewInput.parse("sideways", "nowhere", "soon", " ", false, null, null))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field)
				.containsExactlyInAnyOrder("decision", "targetPhase", "decidedOn", "rationale"));
		var future = GateReviewInput.parse("hold", null, "2026-05-05", "why", false, null, null);
		assertThatThrownBy(() -> GateRules.decide(notReady(), future, TODAY)).isInstanceOfSatisfying(FieldProblem.class,
				p -> assertThat(p.violations().get(0).messageKey()).isEqualTo("lifecycle.gate.decidedOn.future"));
	}
}
