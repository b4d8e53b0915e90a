package org.atelier.lifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.lifecycle.internal.ReadinessData;
import org.atelier.method.Phase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes an atelier's readiness for its next phase from its own records: each criterion of the
 * transition (from the method data) is answered by the evaluator bean of its check type. A check
 * type without an evaluator is "not yet measurable" and never counts as met.
 */
@Service
public class ReadinessCheck {

	/** The message key shown for a criterion nobody can measure yet. */
	static final String NOT_MEASURABLE = "lifecycle.readiness.notMeasurable";

	private final AtelierService ateliers;
	private final AtelierAccess access;
	private final ReadinessData data;
	private final Map<String, ReadinessEvaluator> evaluators;
	private final MessageSource messages;

	ReadinessCheck(AtelierService ateliers, AtelierAccess access, ReadinessData data,
			List<ReadinessEvaluator> evaluators, MessageSource messages) {
		this.ateliers = ateliers;
		this.access = access;
		this.data = data;
		this.messages = messages;
		Map<String, ReadinessEvaluator> byType = new HashMap<>();
		for (ReadinessEvaluator e : evaluators) {
			if (byType.put(e.checkType(), e) != null) {
				throw new IllegalStateException("two readiness evaluators answer the check type " + e.checkType());
			}
		}
		this.evaluators = Map.copyOf(byType);
	}

	/** The readiness of the atelier for the move out of its current phase, for any member. */
	@Transactional(readOnly = true)
	public Readiness check(long atelierId) {
		access.requireMember(atelierId);
		AtelierView atelier = ateliers.view(atelierId);
		return evaluate(atelierId, atelier.phase(), LocaleContextHolder.getLocale());
	}

	/** The criteria declared for leaving a phase (empty for the last phase). */
	public List<Criterion> criteria(Phase from) {
		return data.criteria(from);
	}

	Readiness evaluate(long atelierId, Phase phase, Locale locale) {
		return judge(atelierId, phase, data.criteria(phase), evaluators,
				(key, args) -> messages.getMessage(key, args, key, locale), locale);
	}

	/** Text for a message key with its arguments. */
	interface Texts {
		String text(String key, Object[] args);
	}

	/** The rule itself, free of Spring: evaluates each criterion, unknown check types as not measurable. */
	static Readiness judge(long atelierId, Phase phase, List<Criterion> criteria,
			Map<String, ReadinessEvaluator> evaluators, Texts texts, Locale locale) {
		List<CriterionResult> results = new ArrayList<>();
		for (Criterion c : criteria) {
			ReadinessEvaluator evaluator = evaluators.get(c.check());
			if (evaluator == null) {
				results.add(new CriterionResult(c.key(), c.label(locale), c.help(locale), false, false,
						texts.text(NOT_MEASURABLE, new Object[0]), null));
				continue;
			}
			ReadinessFinding f = evaluator.evaluate(atelierId, c.parameters());
			results.add(new CriterionResult(c.key(), c.label(locale), c.help(locale), f.met(), true,
					texts.text(f.detailKey(), f.detailArgs().toArray()), f.met() ? null : f.fixPath()));
		}
		return Readiness.of(phase, results);
	}
}
