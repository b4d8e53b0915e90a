package org.atelier.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A validation failure found by a service (not by bean validation), naming the field and the
 * message key. Pages show it next to the field; the API lists it in the problem's errors.
 */
public class FieldProblem extends RuntimeException {

	public record Violation(String field, String messageKey, Object... args) {
	}

	private final List<Violation> violations;

	public FieldProblem(List<Violation> violations) {
		super(violations.toString());
		this.violations = List.copyOf(violations);
	}

	public FieldProblem(String field, String messageKey, Object... args) {
		this(List.of(new Violation(field, messageKey, args)));
	}

	public List<Violation> violations() {
		return violations;
	}

	/** Every violation's message in the given language, in order (for pages that list them). */
	public List<String> texts(MessageSource messages, Locale locale) {
		return violations().stream()
			.map(v -> messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale)).toList();
	}
}
