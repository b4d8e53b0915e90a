package org.atelier.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.atelier.method.BuildingBlock;
import org.atelier.shared.links.LinkTarget;
import org.jspecify.annotations.Nullable;

/** A session with everything its page shows: plan, people, agenda, minutes with comments and addenda, outcomes. */
public record SessionView(long id, long atelierId, String uid, String kind, @Nullable String series, String title,
		@Nullable String purpose, @Nullable String expectedOutcomes, Instant startsAt, ZoneId zone, int durationMinutes,
		@Nullable String place, @Nullable String onlineLink, @Nullable Person facilitator, @Nullable Person secretary,
		Set<BuildingBlock> blocks, boolean cancelled, int sequence, MinutesStatus minutesStatus,
		@Nullable String minutes, @Nullable Instant minutesApprovedAt, @Nullable String minutesApprovedBy,
		Instant createdAt, Instant updatedAt, int version, List<String> agenda, List<Participant> participants,
		List<LinkTarget> hypotheses, List<Outcome> outcomes, List<Comment> comments, List<Addendum> addenda) {

	/** A member named on the session (facilitator, secretary). */
	public record Person(long accountId, String name) {
	}

	/**
	 * An invited person: a member ({@code accountId}) or a contact person ({@code contactId});
	 * {@code name} is empty for an erased contact.
	 */
	public record Participant(long id, @Nullable Long accountId, @Nullable Long contactId, String name,
			boolean attended) {

		public boolean erased() {
			return name.isEmpty();
		}
	}

	/** A typed outcome; after approval a decision or action outcome carries the id of what it became. */
	public record Outcome(long id, OutcomeKind kind, String text, @Nullable Long ownerId, @Nullable String ownerName,
			@Nullable LocalDate due, @Nullable Long decisionId, @Nullable Long actionId) {
	}

	public record Comment(long id, String author, boolean amendment, String text, Instant at) {
	}

	public record Addendum(long id, String author, String text, Instant at) {
	}

	public ZonedDateTime localStart() {
		return startsAt.atZone(zone);
	}

	public ZonedDateTime localEnd() {
		return localStart().plusMinutes(durationMinutes);
	}

	public Instant endsAt() {
		return startsAt.plusSeconds(durationMinutes * 60L);
	}

	/** Whether the person may write and move the minutes: the facilitator or the secretary. */
	public boolean keepsMinutes(long accountId) {
		return facilitator != null && facilitator.accountId() == accountId
				|| secretary != null && secretary.accountId() == accountId;
	}

	public boolean invited(long accountId) {
		return participants.stream().anyMatch(p -> p.accountId() != null && p.accountId() == accountId);
	}
}
