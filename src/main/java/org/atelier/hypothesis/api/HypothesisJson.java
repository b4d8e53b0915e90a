package org.atelier.hypothesis.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.atelier.hypothesis.EvidenceView;
import org.atelier.hypothesis.HypothesisView;
import org.atelier.hypothesis.StatusEntry;
import org.atelier.shared.links.FollowUpActions.ActionSummary;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the hypothesis API; enum values in lower case with dashes, as everywhere in the API. */
final class HypothesisJson {

	private HypothesisJson() {
	}

	/** Importance and evidence strength as numbers; text is accepted too and checked like form input. */
	record HypothesisBody(@Nullable String statement, @Nullable String category, @Nullable String importance,
			@Nullable String evidenceStrength, @Nullable TestCard testCard) {
	}

	record TestCard(@Nullable String method, @Nullable String metric, @Nullable String successCriterion,
			@Nullable String deadline) {
	}

	record LearningCardJson(@Nullable String observation, @Nullable String insight, @Nullable String decision,
			@Nullable String nextActions) {
	}

	record StatusBody(@Nullable String status, @Nullable String note, @Nullable LearningCardJson learningCard) {
	}

	record EvidenceBody(@Nullable String kind, @Nullable Long targetId, @Nullable String url, @Nullable String title,
			@Nullable String direction, @Nullable String strength, @Nullable String note) {
	}

	record StatusOut(@Nullable String from, String to, Instant at, String by, @Nullable String note) {

		static StatusOut of(StatusEntry e) {
			return new StatusOut(e.from() == null ? null : e.from().key(), e.to().key(), e.at(), e.by(), e.note());
		}
	}

	record EvidenceOut(long id, String kind, @Nullable Long targetId, String title, @Nullable String path,
			String direction, int strength, @Nullable String note, Instant addedAt, String addedBy) {

		static EvidenceOut of(EvidenceView e) {
			return new EvidenceOut(e.id(), e.kind(), e.targetId(), e.title(), e.path(), e.direction().key(),
					e.strength(), e.note(), e.addedAt(), e.addedBy());
		}
	}

	record LessonRef(long id, String title, String path) {
	}

	record ActionOut(long id, String title, String status, LocalDate due, long ownerAccountId, boolean overdue,
			String path) {

		static ActionOut of(ActionSummary a) {
			return new ActionOut(a.id(), a.title(), a.status(), a.due(), a.ownerAccountId(), a.overdue(), a.path());
		}
	}

	record HypothesisOut(long id, String statement, String category, int importance, int evidenceStrength,
			String priority, TestCard testCard, String status, @Nullable LearningCardJson learningCard,
			@Nullable LocalDate concludedOn, @Nullable String dropReason, @Nullable LessonRef lesson,
			List<StatusOut> history, List<EvidenceOut> evidence, List<ActionOut> actions) {

		static HypothesisOut of(HypothesisView h) {
			var card = h.card();
			return new HypothesisOut(h.id(), h.statement(), h.category().key(), h.importance(), h.evidenceStrength(),
					h.priority().key(),
					new TestCard(h.testMethod(), h.metric(), h.successCriterion(),
							h.deadline() == null ? null : h.deadline().toString()),
					h.status().key(),
					card.written() ? new LearningCardJson(card.observation(), card.insight(), card.decision(),
							card.nextActions()) : null,
					h.concludedOn(), h.dropReason(),
					h.lesson() == null ? null : new LessonRef(h.lesson().id(), h.lesson().title(), h.lesson().path()),
					h.history().stream().map(StatusOut::of).toList(),
					h.evidence().stream().map(EvidenceOut::of).toList(),
					h.actions().stream().map(ActionOut::of).toList());
		}
	}
}
