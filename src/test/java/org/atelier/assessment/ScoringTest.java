package org.atelier.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.method.Phase;
import org.atelier.method.Question;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The arithmetic of assessment results: means, not-applicable answers, empty groups, disagreement, weakest groups. */
class ScoringTest {

	private static final AssessmentGroup VISION = group("vision", "q1", "q2");
	private static final AssessmentGroup VALUE = group("value", "q3");
	private static final AssessmentGroup CAPACITY = group("capacity", "q4");

	@Test
	void aGroupScoreIsTheMeanOfAllApplicableAnswersOfAllRespondentsToOneDecimal() {
		List<Scoring.Response> responses = List.of(answer(1, "q1", 1), answer(1, "q2", 2), answer(2, "q1", 2));
		// (1 + 2 + 2) / 3 = 1.666… → 1.7
		assertThat(Scoring.groupScores(List.of(VISION), responses)).containsEntry("vision", 1.7);
	}

	@Test
	void notApplicableAnswersAreLeftOutNotCountedAsZero() {
		List<Scoring.Response> responses = List.of(answer(1, "q1", 3), notApplicable(2, "q1"), answer(2, "q2", 2));
		assertThat(Scoring.groupScores(List.of(VISION), responses)).containsEntry("vision", 2.5);
	}

	@Test
	void aGroupNobodyScoredHasNoScoreRatherThanZero() {
		List<Scoring.Response> responses = List.of(answer(1, "q1", 0), notApplicable(1, "q3"));
		Map<String, @Nullable Double> scores = Scoring.groupScores(List.of(VISION, VALUE, CAPACITY), responses);
		assertThat(scores).containsEntry("vision", 0.0);
		assertThat(scores).containsKey("value").containsKey("capacity");
		assertThat(scores.get("value")).isNull();
		assertThat(scores.get("capacity")).isNull();
		assertThat(scores.keySet()).containsExactly("vision", "value", "capacity");
	}

	@Test
	void meansRoundHalfUpToOneDecimal() {
		assertThat(Scoring.mean(List.of(1, 2, 2, 2))).isEqualTo(1.8); // 1.75
		assertThat(Scoring.mean(List.of(0, 0, 1))).isEqualTo(0.3); // 0.333…
		assertThat(Scoring.mean(List.of(3, 3))).isEqualTo(3.0);
		assertThat(Scoring.mean(Arrays.asList((Integer) null, null))).isNull();
		assertThat(Scoring.mean(List.of())).isNull();
	}

	@Test
	void respondentsDisagreeWhenScoresLieTwoOrMoreLevelsApart() {
		assertThat(Scoring.disagreement(List.of(1, 3))).isTrue();
		assertThat(Scoring.disagreement(List.of(0, 1, 3))).isTrue();
		assertThat(Scoring.disagreement(List.of(1, 2, 2))).isFalse();
		assertThat(Scoring.disagreement(List.of(0))).isFalse();
		// a not-applicable answer is not a zero: no disagreement between "n/a" and 3
		assertThat(Scoring.disagreement(Arrays.asList(null, 3))).isFalse();
	}

	@Test
	void perRespondentScoresUseOnlyThatPersonsAnswers() {
		List<Scoring.Response> responses = List.of(answer(1, "q1", 0), answer(1, "q2", 1), answer(2, "q1", 3));
		assertThat(Scoring.respondentScore(VISION, responses, 1)).isEqualTo(0.5);
		assertThat(Scoring.respondentScore(VISION, responses, 2)).isEqualTo(3.0);
		assertThat(Scoring.respondentScore(VISION, responses, 3)).isNull();
	}

	@Test
	void theWeakestGroupsAreTheLowestScoredOnesAndIgnoreGroupsWithoutScore() {
		Map<String, @Nullable Double> scores = new LinkedHashMap<>();
		scores.put("vision", 2.0);
		scores.put("value", null);
		scores.put("coordination", 1.0);
		scores.put("activities", 2.5);
		scores.put("capacity", 1.0);
		assertThat(Scoring.weakest(scores, 2)).containsExactly("coordination", "capacity");
		assertThat(Scoring.weakest(scores, 3)).containsExactly("coordination", "capacity", "vision");
		Map<String, @Nullable Double> none = new LinkedHashMap<>();
		none.put("vision", null);
		assertThat(Scoring.weakest(none, 2)).isEmpty();
	}

	private static Scoring.Response answer(long respondent, String question, int score) {
		return new Scoring.Response(respondent, question, score);
	}

	private static Scoring.Response notApplicable(long respondent, String question) {
		return new Scoring.Response(respondent, question, null);
	}

	private static AssessmentGroup group(String key, String... questions) {
		return new AssessmentGroup(key, key, Arrays.stream(questions)
			.map(q -> new Question(q, Phase.ESTABLISHING, null, key, null, q + "?", "test")).toList());
	}
}
