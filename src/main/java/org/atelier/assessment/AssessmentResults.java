package org.atelier.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.method.ScaleLevel;
import org.atelier.method.Suggestion;
import org.jspecify.annotations.Nullable;

/**
 * The results of an assessment: the score per group (block, step or dimension) over all
 * respondents and per respondent, the coordinators' target, the same group's score in the
 * previous assessment of the phase, every question with each respondent's answer and whether
 * they disagree, and advice for the two weakest groups. Lists of per-respondent values follow
 * the order of {@link #respondents()}.
 */
public record AssessmentResults(AssessmentSummary assessment, List<Respondent> respondents, List<GroupResult> groups,
		List<QuestionResult> questions, @Nullable AssessmentSummary previous, List<Advice> advice,
		List<ScaleLevel> scoreLevels) {

	/** Someone who answered at least one question. */
	public record Respondent(long userId, String username, String displayName) {
	}

	public record GroupResult(String key, String name, @Nullable Double score, @Nullable Integer target,
			@Nullable Double previousScore, List<@Nullable Double> byRespondent) {
	}

	/** A question; {@code answers} holds null where a respondent did not answer it. */
	public record QuestionResult(String key, String groupKey, String text, List<@Nullable AnswerView> answers,
			@Nullable Double mean, boolean disagreement) {
	}

	/** A weak group and what the method suggests to strengthen it (empty outside the building-block phases). */
	public record Advice(String groupKey, String groupName, double score, List<Suggestion> suggestions) {
	}

	/** The score of each group by key, in the method's order; null for a group nobody scored. */
	public Map<String, @Nullable Double> groupScores() {
		Map<String, @Nullable Double> scores = new LinkedHashMap<>();
		groups.forEach(g -> scores.put(g.key(), g.score()));
		return scores;
	}
}
