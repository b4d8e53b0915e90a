package org.atelier.assessment.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.assessment.AnswerInput;
import org.atelier.assessment.AnswerView;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The answer form of one question as the browser sends it: text fields, evidence one link per
 * line, and the version of the answer the page showed (empty for a first answer).
 */
record AnswerForm(@Nullable String score, @Nullable String confidence, boolean notApplicable,
		@Nullable String reason, @Nullable String note, @Nullable String evidence, @Nullable String version) {

	static AnswerForm of(@Nullable AnswerView a) {
		if (a == null) {
			return new AnswerForm(null, null, false, null, null, null, null);
		}
		return new AnswerForm(a.score() == null ? null : a.score().toString(),
				a.confidence() == null ? null : a.confidence().toString(), a.notApplicable(), a.reason(), a.note(),
				String.join("\n", a.evidence()), String.valueOf(a.version()));
	}

	/** The input for the service; numbers that are not numbers are reported on their field. */
	AnswerInput input() {
		Map<String, String> problems = new LinkedHashMap<>();
		Integer s = number(score, "score", problems);
		Integer c = number(confidence, "confidence", problems);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems.entrySet().stream()
				.map(e -> new FieldProblem.Violation(e.getKey(), e.getValue())).toList());
		}
		List<String> links = evidence == null ? List.of() : Arrays.asList(evidence.split("\\R"));
		return new AnswerInput(s, c, notApplicable, reason, note, links);
	}

	@Nullable
	Integer expectedVersion() {
		if (version == null || version.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(version.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static @Nullable Integer number(@Nullable String text, String field, Map<String, String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			problems.put(field, "assessment.answer." + field + ".range");
			return null;
		}
	}
}
