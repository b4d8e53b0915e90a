package org.atelier.assessment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A respondent's answer to a question as it is stored. {@code score} is null exactly when the
 * question was marked not applicable; {@code version} is what a revision must send back.
 */
public record AnswerView(String questionKey, long respondentId, @Nullable Integer score,
		@Nullable Integer confidence, boolean notApplicable, @Nullable String reason, @Nullable String note,
		List<String> evidence, Instant answeredAt, int version) {

	public AnswerView {
		evidence = List.copyOf(evidence);
	}
}
