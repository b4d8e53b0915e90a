package org.atelier.lifecycle;

import java.util.Map;

/**
 * Answers one kind of readiness criterion from an atelier's own records. The criteria a
 * transition needs are declared in the method data, each naming a check type and its parameters;
 * the module that owns the records behind a check type implements this interface as a Spring
 * bean. A criterion whose check type no bean answers is shown as "not yet measurable", never as
 * met.
 */
public interface ReadinessEvaluator {

	/** The check type this evaluator answers, as named in the method data, e.g. {@code vision-endorsed}. */
	String checkType();

	/**
	 * Evaluates the criterion for an atelier, with the parameters the method data gives it
	 * (for example a minimum count). Runs inside the caller's read transaction and must not
	 * write anything.
	 */
	ReadinessFinding evaluate(long atelierId, Map<String, String> parameters);
}
