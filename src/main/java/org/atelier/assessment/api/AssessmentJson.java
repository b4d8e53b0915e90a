package org.atelier.assessment.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.atelier.assessment.AnswerView;
import org.atelier.assessment.AssessmentResults;
import org.atelier.assessment.AssessmentSummary;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the assessment API. Phases and keys are written as the method's lower-case keys. */
final class AssessmentJson {

	private AssessmentJson() {
	}

	/** Opening an assessment; without a phase, the atelier's current one. */
	record OpenRequest(@Nullable String phase) {
	}

	/** An answer to one question. */
	record AnswerRequest(@Nullable Integer score, @Nullable Integer confidence, @Nullable Boolean notApplicable,
			@Nullable String reason, @Nullable String note, @Nullable List<String> evidence) {
	}

	record Summary(long id, String phase, String methodVersion, boolean closed, Instant openedAt,
			@Nullable Instant closedAt, int respondents, boolean stale) {

		static Summary of(AssessmentSummary s) {
			return new Summary(s.id(), s.phase().key(), s.methodVersion(), s.closed(), s.openedAt(), s.closedAt(),
					s.respondents(), s.stale());
		}
	}

	record Answer(String questionKey, String respondent, @Nullable Integer score, @Nullable Integer confidence,
			boolean notApplicable, @Nullable String reason, @Nullable String note, List<String> evidence,
			Instant answeredAt) {

		static Answer of(AnswerView a, String respondent) {
			return new Answer(a.questionKey(), respondent, a.score(), a.confidence(), a.notApplicable(), a.reason(),
					a.note(), a.evidence(), a.answeredAt());
		}
	}

	record Group(String key, String name, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double score,
			@Nullable Integer target, @Nullable Double previousScore,
			@JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, @Nullable Double> respondentScores) {
	}

	record Question(String key, String group, String text, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double mean,
			boolean disagreement, List<Answer> answers) {
	}

	/** An assessment with its results; {@code blockScores} keeps null for groups nobody scored. */
	record Detail(long id, String phase, String methodVersion, boolean closed, Instant openedAt,
			@Nullable Instant closedAt, boolean stale, List<String> respondents,
			@JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, @Nullable Double> blockScores,
			List<Group> groups, List<Question> questions, @Nullable Long previousAssessmentId,
			List<String> weakestBlocks) {

		static Detail of(AssessmentResults r) {
			AssessmentSummary s = r.assessment();
			List<String> names = r.respondents().stream().map(AssessmentResults.Respondent::username).toList();
			List<Group> groups = r.groups().stream().map(g -> {
				Map<String, @Nullable Double> by = new java.util.LinkedHashMap<>();
				for (int i = 0; i < names.size(); i++) {
					by.put(names.get(i), g.byRespondent().get(i));
				}
				return new Group(g.key(), g.name(), g.score(), g.target(), g.previousScore(), by);
			}).toList();
			List<Question> questions = r.questions().stream().map(q -> {
				List<Answer> given = new java.util.ArrayList<>();
				for (int i = 0; i < names.size(); i++) {
					AnswerView a = q.answers().get(i);
					if (a != null) {
						given.add(Answer.of(a, names.get(i)));
					}
				}
				return new Question(q.key(), q.groupKey(), q.text(), q.mean(), q.disagreement(), given);
			}).toList();
			return new Detail(s.id(), s.phase().key(), s.methodVersion(), s.closed(), s.openedAt(), s.closedAt(),
					s.stale(), names, r.groupScores(), groups, questions,
					r.previous() == null ? null : r.previous().id(),
					r.advice().stream().map(AssessmentResults.Advice::groupKey).toList());
		}
	}
}
