package org.atelier.activity.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.atelier.activity.ActionView;
import org.atelier.activity.SessionView;
import org.atelier.method.BuildingBlock;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the activity API: request bodies and answers. */
final class ActivityJson {

	private ActivityJson() {
	}

	record SessionBody(@Nullable String kind, @Nullable String series, @Nullable String title,
			@Nullable String purpose, @Nullable String expectedOutcomes,
			/** Local date and time at the session's place, e.g. 2026-12-01T14:00. */
			@Nullable String start, @Nullable String timeZone, @Nullable Integer durationMinutes,
			@Nullable String place, @Nullable String onlineLink, @Nullable Long facilitatorId,
			@Nullable Long secretaryId, @Nullable List<String> buildingBlocks, @Nullable List<String> agenda,
			@Nullable List<Long> invitedMembers, @Nullable List<Long> invitedContacts,
			@Nullable List<Long> hypotheses) {
	}

	record PersonOut(long accountId, String name) {

		static @Nullable PersonOut of(SessionView.@Nullable Person p) {
			return p == null ? null : new PersonOut(p.accountId(), p.name());
		}
	}

	record ParticipantOut(long id, @Nullable Long accountId, @Nullable Long contactId, @Nullable String name,
			boolean erased, boolean attended) {
	}

	record OutcomeOut(long id, String kind, String text, @Nullable Long ownerId, @Nullable LocalDate due,
			@Nullable Long decisionId, @Nullable Long actionId) {

		static OutcomeOut of(SessionView.Outcome o) {
			return new OutcomeOut(o.id(), o.kind().key(), o.text(), o.ownerId(), o.due(), o.decisionId(), o.actionId());
		}
	}

	record CommentOut(long id, String author, boolean amendment, String text, Instant at) {
	}

	record AddendumOut(long id, String author, String text, Instant at) {
	}

	record MinutesOut(String status, @Nullable String text, @Nullable Instant approvedAt, @Nullable String approvedBy,
			List<CommentOut> comments, List<AddendumOut> addenda) {

		static MinutesOut of(SessionView s) {
			return new MinutesOut(s.minutesStatus().key(), s.minutes(), s.minutesApprovedAt(), s.minutesApprovedBy(),
					s.comments().stream().map(c -> new CommentOut(c.id(), c.author(), c.amendment(), c.text(), c.at()))
						.toList(),
					s.addenda().stream().map(a -> new AddendumOut(a.id(), a.author(), a.text(), a.at())).toList());
		}
	}

	record SessionOut(long id, String uid, String kind, @Nullable String series, String title,
			@Nullable String purpose, @Nullable String expectedOutcomes, LocalDateTime start, String timeZone,
			Instant startsAt, int durationMinutes, @Nullable String place, @Nullable String onlineLink,
			@Nullable PersonOut facilitator, @Nullable PersonOut secretary, List<String> buildingBlocks,
			boolean cancelled, int sequence, String minutesStatus, List<String> agenda,
			List<ParticipantOut> participants, List<Long> hypotheses, List<OutcomeOut> outcomes, int version) {

		static SessionOut of(SessionView s) {
			return new SessionOut(s.id(), s.uid(), s.kind(), s.series(), s.title(), s.purpose(), s.expectedOutcomes(),
					s.localStart().toLocalDateTime(), s.zone().getId(), s.startsAt(), s.durationMinutes(), s.place(),
					s.onlineLink(), PersonOut.of(s.facilitator()), PersonOut.of(s.secretary()),
					s.blocks().stream().map(BuildingBlock::key).sorted().toList(), s.cancelled(), s.sequence(),
					s.minutesStatus().key(), s.agenda(),
					s.participants().stream().map(p -> new ParticipantOut(p.id(), p.accountId(), p.contactId(),
							p.erased() ? null : p.name(), p.erased(), p.attended())).toList(),
					s.hypotheses().stream().map(h -> h.id()).toList(),
					s.outcomes().stream().map(OutcomeOut::of).toList(), s.version());
		}
	}

	record MinutesBody(@Nullable String text) {
	}

	record StatusBody(@Nullable String status, @Nullable String reason) {
	}

	record CommentBody(@Nullable String text, @Nullable Boolean amendment) {
	}

	record OutcomeBody(@Nullable String kind, @Nullable String text, @Nullable Long ownerId, @Nullable String due) {
	}

	record AttendanceBody(@Nullable List<Long> attended) {
	}

	record FeedOut(boolean active, @Nullable Instant createdAt, @Nullable String url) {
	}

	record ActionBody(@Nullable String title, @Nullable String description, @Nullable Long ownerId,
			@Nullable String due, @Nullable String originKind, @Nullable Long originId) {
	}

	record OriginOut(String kind, long id, @Nullable String title, @Nullable String path) {
	}

	record ActionOut(long id, long atelierId, String atelierName, String title, @Nullable String description,
			long ownerId, String ownerName, LocalDate due, String status, @Nullable String dropReason,
			OriginOut origin, boolean overdue, Instant createdAt, @Nullable Instant completedAt, int version) {

		static ActionOut of(ActionView a) {
			return new ActionOut(a.id(), a.atelierId(), a.atelierName(), a.title(), a.description(), a.ownerId(),
					a.ownerName(), a.due(), a.status().key(), a.dropReason(),
					new OriginOut(a.originKind(), a.originId(), a.originTitle(), a.originPath()), a.overdue(),
					a.createdAt(), a.completedAt(), a.version());
		}
	}
}
