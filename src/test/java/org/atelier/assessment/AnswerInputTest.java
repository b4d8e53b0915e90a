package org.atelier.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** Validation of one answer: each broken field is named, not-applicable needs a reason, evidence links are checked. */
class AnswerInputTest {

	@Test
	void aScoredAnswerNeedsScoreAndConfidenceInRange() {
		assertThatThrownBy(() -> new AnswerInput(4, 0, false, null, null, List.of()).validated(7))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field, FieldProblem.Violation::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("score", "assessment.answer.score.range"),
						org.assertj.core.groups.Tuple.tuple("confidence", "assessment.answer.confidence.range")));
		assertThatThrownBy(() -> new AnswerInput(null, null, false, null, null, List.of()).validated(7))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::messageKey)
				.containsExactly("assessment.answer.score.required", "assessment.answer.confidence.required"));
	}

	@Test
	void notApplicableNeedsAReasonAndDropsScoreAndConfidence() {
		assertThatThrownBy(() -> new AnswerInput(null, null, true, "  ", null, List.of()).validated(7))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field).containsExactly("reason"));
		AnswerInput valid = new AnswerInput(2, 3, true, " No residents affected ", null, List.of()).validated(7);
		assertThat(valid.score()).isNull();
		assertThat(valid.confidence()).isNull();
		assertThat(valid.reason()).isEqualTo("No residents affected");
	}

	@Test
	void evidenceIsAWebAddressOrAPathInsideTheSameAtelier() {
		AnswerInput valid = new AnswerInput(1, 2, false, null, " ", List.of("https://example.org/report", " ",
				"/ateliers/7/members")).validated(7);
		assertThat(valid.evidence()).containsExactly("https://example.org/report", "/ateliers/7/members");
		assertThat(valid.note()).isNull();
		assertThat(AnswerInput.isEvidenceLink("/ateliers/8/members", 7)).isFalse();
		assertThat(AnswerInput.isEvidenceLink("/ateliers/70", 7)).isFalse();
		assertThat(AnswerInput.isEvidenceLink("/ateliers/7/../8", 7)).isFalse();
		assertThat(AnswerInput.isEvidenceLink("javascript:alert(1)", 7)).isFalse();
		assertThat(AnswerInput.isEvidenceLink("ftp://example.org/x", 7)).isFalse();
		assertThatThrownBy(() -> new AnswerInput(1, 2, false, null, null, List.of("not a link")).validated(7))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field).containsExactly("evidence"));
	}
}
