package org.atelier.assessment;

import java.time.OffsetDateTime;
import java.util.List;

import org.atelier.audit.ChangeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One respondent's answer to one question of an assessment: a score with a confidence, or "not
 * applicable" with the reason. Each member keeps their own answer per question and may revise it
 * while the assessment is open.
 */
@Table("assessment_answer")
class Answer {

	@Id
	private @Nullable Long id;
	private final long assessmentId;
	private final long respondentId;
	private final String questionKey;
	private @Nullable Integer score;
	private @Nullable Integer confidence;
	private boolean notApplicable;
	private @Nullable String reason;
	private @Nullable String note;
	private @Nullable String evidence;
	private OffsetDateTime answeredAt;
	@Version
	private int version;

	@PersistenceCreator
	Answer(@Nullable Long id, long assessmentId, long respondentId, String questionKey, @Nullable Integer score,
			@Nullable Integer confidence, boolean notApplicable, @Nullable String reason, @Nullable String note,
			@Nullable String evidence, OffsetDateTime answeredAt, int version) {
		this.id = id;
		this.assessmentId = assessmentId;
		this.respondentId = respondentId;
		this.questionKey = questionKey;
		this.score = score;
		this.confidence = confidence;
		this.notApplicable = notApplicable;
		this.reason = reason;
		this.note = note;
		this.evidence = evidence;
		this.answeredAt = answeredAt;
		this.version = version;
	}

	/** A first answer; returns it with the fields it sets, for the history. */
	static Answer first(long assessmentId, long respondentId, String questionKey, AnswerInput input,
			OffsetDateTime now) {
		Answer answer = new Answer(null, assessmentId, respondentId, questionKey, null, null, false, null, null, null,
				now, 0);
		answer.apply(input, now);
		return answer;
	}

	/** Replaces the answer with a revised one; returns the fields that changed. */
	ChangeSet revise(AnswerInput input, OffsetDateTime now) {
		ChangeSet changes = new ChangeSet().field("question", questionKey, questionKey);
		changes.field("score", score, input.score())
			.field("confidence", confidence, input.confidence())
			.field("notApplicable", notApplicable, input.notApplicable())
			.field("reason", reason, input.reason())
			.field("note", note, input.note())
			.field("evidence", evidence, joined(input.evidence()));
		apply(input, now);
		return changes;
	}

	ChangeSet asCreated() {
		return new ChangeSet().field("question", null, questionKey)
			.field("score", null, score)
			.field("confidence", null, confidence)
			.field("notApplicable", null, notApplicable ? Boolean.TRUE : null)
			.field("reason", null, reason)
			.field("note", null, note)
			.field("evidence", null, evidence);
	}

	private void apply(AnswerInput input, OffsetDateTime now) {
		score = input.score();
		confidence = input.confidence();
		notApplicable = input.notApplicable();
		reason = input.reason();
		note = input.note();
		evidence = joined(input.evidence());
		answeredAt = now;
	}

	private static @Nullable String joined(List<String> links) {
		return links.isEmpty() ? null : String.join("\n", links);
	}

	AnswerView view() {
		return new AnswerView(questionKey, respondentId, score, confidence, notApplicable, reason, note,
				evidence == null ? List.of() : List.of(evidence.split("\n")), answeredAt.toInstant(), version);
	}

	@Nullable
	Long id() {
		return id;
	}

	long respondentId() {
		return respondentId;
	}

	String questionKey() {
		return questionKey;
	}

	int version() {
		return version;
	}
}
