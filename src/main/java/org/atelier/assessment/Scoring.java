package org.atelier.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of assessment results, kept apart from storage so it can be checked on its own.
 * A score is the mean of the applicable answers (0-3) rounded half up to one decimal; answers
 * marked not applicable are left out, never counted as zero, and a group nobody scored has no
 * score (null), not 0. Respondents disagree on a question when their scores lie two or more
 * levels apart.
 */
final class Scoring {

	/** Scores at least this far apart count as disagreement. */
	static final int DISAGREEMENT_SPREAD = 2;

	/** One answer as far as scoring is concerned; {@code score} null means not applicable. */
	record Response(long respondentId, String questionKey, @Nullable Integer score) {
	}

	private Scoring() {
	}

	/** The mean of the given scores to one decimal, or null when there are none. */
	static @Nullable Double mean(Collection<@Nullable Integer> scores) {
		List<Integer> applicable = scores.stream().filter(Objects::nonNull).toList();
		if (applicable.isEmpty()) {
			return null;
		}
		int sum = applicable.stream().mapToInt(Integer::intValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(applicable.size()), 1, RoundingMode.HALF_UP)
			.doubleValue();
	}

	/** Whether the applicable scores lie {@value #DISAGREEMENT_SPREAD} or more levels apart. */
	static boolean disagreement(Collection<@Nullable Integer> scores) {
		List<Integer> applicable = scores.stream().filter(Objects::nonNull).toList();
		if (applicable.size() < 2) {
			return false;
		}
		int min = applicable.stream().mapToInt(Integer::intValue).min().orElseThrow();
		int max = applicable.stream().mapToInt(Integer::intValue).max().orElseThrow();
		return max - min >= DISAGREEMENT_SPREAD;
	}

	/** The score of each group over all respondents, in the groups' order; null for a group without scores. */
	static Map<String, @Nullable Double> groupScores(List<AssessmentGroup> groups, List<Response> responses) {
		Map<String, @Nullable Double> scores = new LinkedHashMap<>();
		for (AssessmentGroup group : groups) {
			scores.put(group.key(), mean(scoresOf(group, responses, null)));
		}
		return scores;
	}

	/** One respondent's score of a group; null when they scored none of its questions. */
	static @Nullable Double respondentScore(AssessmentGroup group, List<Response> responses, long respondentId) {
		return mean(scoresOf(group, responses, respondentId));
	}

	/** The scores given to one question by all respondents (null entries for not applicable). */
	static List<@Nullable Integer> questionScores(String questionKey, List<Response> responses) {
		return responses.stream().filter(r -> r.questionKey().equals(questionKey)).map(Response::score).toList();
	}

	/**
	 * The {@code count} weakest groups that have a score, lowest first; equal scores keep the
	 * method's order. Groups without a score are not "weak": nobody has judged them.
	 */
	static List<String> weakest(Map<String, @Nullable Double> scores, int count) {
		List<String> order = List.copyOf(scores.keySet());
		return scores.entrySet().stream()
			.filter(e -> e.getValue() != null)
			.sorted(Comparator.comparing((Map.Entry<String, @Nullable Double> e) -> e.getValue())
				.thenComparing(e -> order.indexOf(e.getKey())))
			.limit(count)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static List<@Nullable Integer> scoresOf(AssessmentGroup group, List<Response> responses,
			@Nullable Long respondentId) {
		var keys = group.questions().stream().map(q -> q.key()).toList();
		return responses.stream()
			.filter(r -> keys.contains(r.questionKey()))
			.filter(r -> respondentId == null || r.respondentId() == respondentId)
			.map(Response::score)
			.toList();
	}
}
