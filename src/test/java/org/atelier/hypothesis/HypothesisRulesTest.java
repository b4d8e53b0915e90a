package org.atelier.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.atelier.hypothesis.AssumptionMap.Priority;
import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The status rules, the checks of what is entered, the assumption-map classification and the readiness finding. */
class HypothesisRulesTest {

	@Test
	void workingStatusesMayMoveAnywhereElseButAConclusionOrDropIsOnlyReopened() {
		assertThat(HypothesisStatus.OPEN.canMoveTo(HypothesisStatus.TESTING)).isTrue();
		assertThat(HypothesisStatus.OPEN.canMoveTo(HypothesisStatus.SUPPORTED)).isTrue();
		assertThat(HypothesisStatus.TESTING.canMoveTo(HypothesisStatus.DROPPED)).isTrue();
		assertThat(HypothesisStatus.TESTING.canMoveTo(HypothesisStatus.OPEN)).isTrue();
		assertThat(HypothesisStatus.OPEN.canMoveTo(HypothesisStatus.OPEN)).isFalse();
		assertThat(HypothesisStatus.SUPPORTED.canMoveTo(HypothesisStatus.REFUTED)).isFalse();
		assertThat(HypothesisStatus.REFUTED.canMoveTo(HypothesisStatus.DROPPED)).isFalse();
		assertThat(HypothesisStatus.INCONCLUSIVE.canMoveTo(HypothesisStatus.TESTING)).isTrue();
		assertThat(HypothesisStatus.DROPPED.canMoveTo(HypothesisStatus.OPEN)).isTrue();
		assertThat(HypothesisStatus.DROPPED.canMoveTo(HypothesisStatus.SUPPORTED)).isFalse();
		assertThat(List.of(HypothesisStatus.values()).stream().filter(HypothesisStatus::concluding))
			.containsExactly(HypothesisStatus.SUPPORTED, HypothesisStatus.REFUTED, HypothesisStatus.INCONCLUSIVE);
	}

	@Test
	void concludingNeedsObservationAndInsightAndDroppingNeedsAReason() {
		assertThatThrownBy(() -> StatusInput.parse("inconclusive", null, " ", null, "Decide", null))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field).containsExactly("observation", "insight"));
		assertThatThrownBy(() -> StatusInput.parse("dropped", "  ", null, null, null, null))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field).containsExactly("note"));
		assertThatThrownBy(() -> StatusInput.parse("maybe", null, null, null, null, null))
			.isInstanceOf(FieldProblem.class);

		StatusInput supported = StatusInput.parse("SUPPORTED", null, "Seen", "Learned", null, "Next");
		assertThat(supported.card()).isEqualTo(new LearningCard("Seen", "Learned", null, "Next"));
		// a card sent along with a working status is not kept
		assertThat(StatusInput.parse("testing", null, "Seen", "Learned", null, null).card().written()).isFalse();
	}

	@Test
	void enteredHypothesesAndEvidenceAreCheckedFieldByField() {
		assertThatThrownBy(() -> HypothesisInput.parse("x".repeat(501), null, "0", "4", null, null, null, "2026-13-01"))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field)
				.containsExactly("statement", "category", "importance", "evidenceStrength", "deadline"));
		HypothesisInput input = HypothesisInput.parse(" Tenants want it ", "desirability", "4", null, null, null, null, null);
		assertThat(input.statement()).isEqualTo("Tenants want it");
		assertThat(input.evidenceStrength()).isZero();

		assertThatThrownBy(() -> EvidenceInput.parse("document", null, "ftp://example.org/x", null, "supports", "2", null))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field).containsExactly("url", "title"));
		assertThatThrownBy(() -> EvidenceInput.parse("decision", null, null, null, "supports", "2", null))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field).containsExactly("targetId"));
		EvidenceInput document = EvidenceInput.parse("Document", 7L, "https://example.org/a", "A", "contradicts", "1", null);
		assertThat(document.targetId()).isNull();
		assertThat(document.direction()).isEqualTo(EvidenceDirection.CONTRADICTS);
	}

	@Test
	void importantHypothesesWithWeakEvidenceAreToBeTestedFirst() {
		assertThat(AssumptionMap.classify(4, 0)).isEqualTo(Priority.TEST_FIRST);
		assertThat(AssumptionMap.classify(5, 1)).isEqualTo(Priority.TEST_FIRST);
		assertThat(AssumptionMap.classify(5, 2)).isEqualTo(Priority.GROUNDED);
		assertThat(AssumptionMap.classify(3, 1)).isEqualTo(Priority.EXPLORE_LATER);
		assertThat(AssumptionMap.classify(1, 3)).isEqualTo(Priority.SETTLED);
		assertThat(Priority.TEST_FIRST.key()).isEqualTo("test-first");
	}

	@Test
	void theMapDrawsAllButDroppedHypothesesInsideThePlotAndNumbersThemLikeTheTable() {
		List<HypothesisView> hypotheses = List.of(view(1, 5, 0, HypothesisStatus.OPEN), view(2, 5, 0, HypothesisStatus.TESTING),
				view(3, 1, 3, HypothesisStatus.SUPPORTED), view(4, 4, 1, HypothesisStatus.DROPPED));
		AssumptionMap map = AssumptionMap.of(hypotheses);
		assertThat(map.points()).extracting(AssumptionMap.Point::number).containsExactly(1, 2, 3);
		assertThat(map.numberOf(4)).isNull();
		assertThat(map.numberOf(3)).isEqualTo(3);
		assertThat(map.testFirstCount()).isEqualTo(2);
		AssumptionMap.Point first = map.points().get(0);
		AssumptionMap.Point second = map.points().get(1);
		assertThat(first.x()).isNotEqualTo(second.x());
		assertThat(first.y()).isEqualTo(second.y());
		AssumptionMap.Zone zone = map.testFirstZone();
		for (AssumptionMap.Point p : map.points()) {
			assertThat(p.x()).isBetween((double) map.left(), (double) map.left() + map.plotWidth());
			assertThat(p.y()).isBetween((double) map.top(), (double) map.top() + map.plotHeight());
			boolean inZone = p.x() >= zone.x() && p.x() <= zone.x() + zone.width() && p.y() >= zone.y()
					&& p.y() <= zone.y() + zone.height();
			assertThat(inZone).as("point %d in the test-first zone", p.number())
				.isEqualTo(p.priority() == Priority.TEST_FIRST);
		}
		assertThat(first.cssClass()).isEqualTo("point priority-test-first");
	}

	@Test
	void theReadinessFindingSaysHowManyAreStillMissing() {
		var missing = HypothesisChecks.recorded(9, 3, 1);
		assertThat(missing.met()).isFalse();
		assertThat(missing.detailKey()).isEqualTo("hypothesis.readiness.missing");
		assertThat(missing.detailArgs()).containsExactly(2, 1);
		assertThat(missing.fixPath()).isEqualTo("/ateliers/9/hypotheses");
		assertThat(HypothesisChecks.recorded(9, 1, 1).met()).isTrue();
	}

	private static HypothesisView view(long id, int importance, int strength, HypothesisStatus status) {
		return new HypothesisView(id, "H" + id, HypothesisCategory.FEASIBILITY, importance, strength, null, null, null,
				null, status, LearningCard.EMPTY, null, null, null, Instant.EPOCH, 0, List.of(), List.of(), List.of());
	}
}
