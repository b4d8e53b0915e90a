package org.atelier.atelier.web;

import org.atelier.shared.FieldProblem;
import org.springframework.validation.BindingResult;

/** Puts the problems a service found next to the fields of the form that caused them. */
final class FormProblems {

	private FormProblems() {
	}

	static void bind(FieldProblem problem, BindingResult result) {
		for (FieldProblem.Violation v : problem.violations()) {
			result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
		}
	}
}
