package org.atelier.activity.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The form records of the session and action pages. */
final class ActivityForms {

	private ActivityForms() {
	}

	public static class SessionForm {
		private @Nullable String kind;
		private @Nullable String series;
		private @Nullable String title;
		private @Nullable String purpose;
		private @Nullable String expectedOutcomes;
		private @Nullable String start;
		private @Nullable String timeZone;
		private @Nullable String durationMinutes = "120";
		private @Nullable String place;
		private @Nullable String onlineLink;
		private @Nullable Long facilitator;
		private @Nullable Long secretary;
		private List<String> blocks = new ArrayList<>();
		private @Nullable String agenda;
		private List<Long> invitedMembers = new ArrayList<>();
		private List<Long> invitedContacts = new ArrayList<>();
		private List<Long> hypotheses = new ArrayList<>();
		private int version;

		public @Nullable String getKind() { return kind; }
		public void setKind(@Nullable String v) { kind = v; }
		public @Nullable String getSeries() { return series; }
		public void setSeries(@Nullable String v) { series = v; }
		public @Nullable String getTitle() { return title; }
		public void setTitle(@Nullable String v) { title = v; }
		public @Nullable String getPurpose() { return purpose; }
		public void setPurpose(@Nullable String v) { purpose = v; }
		public @Nullable String getExpectedOutcomes() { return expectedOutcomes; }
		public void setExpectedOutcomes(@Nullable String v) { expectedOutcomes = v; }
		public @Nullable String getStart() { return start; }
		public void setStart(@Nullable String v) { start = v; }
		public @Nullable String getTimeZone() { return timeZone; }
		public void setTimeZone(@Nullable String v) { timeZone = v; }
		public @Nullable String getDurationMinutes() { return durationMinutes; }
		public void setDurationMinutes(@Nullable String v) { durationMinutes = v; }
		public @Nullable String getPlace() { return place; }
		public void setPlace(@Nullable String v) { place = v; }
		public @Nullable String getOnlineLink() { return onlineLink; }
		public void setOnlineLink(@Nullable String v) { onlineLink = v; }
		public @Nullable Long getFacilitator() { return facilitator; }
		public void setFacilitator(@Nullable Long v) { facilitator = v; }
		public @Nullable Long getSecretary() { return secretary; }
		public void setSecretary(@Nullable Long v) { secretary = v; }
		public List<String> getBlocks() { return blocks; }
		public void setBlocks(@Nullable List<String> v) { blocks = v == null ? new ArrayList<>() : v; }
		public @Nullable String getAgenda() { return agenda; }
		public void setAgenda(@Nullable String v) { agenda = v; }
		public List<Long> getInvitedMembers() { return invitedMembers; }
		public void setInvitedMembers(@Nullable List<Long> v) { invitedMembers = v == null ? new ArrayList<>() : v; }
		public List<Long> getInvitedContacts() { return invitedContacts; }
		public void setInvitedContacts(@Nullable List<Long> v) { invitedContacts = v == null ? new ArrayList<>() : v; }
		public List<Long> getHypotheses() { return hypotheses; }
		public void setHypotheses(@Nullable List<Long> v) { hypotheses = v == null ? new ArrayList<>() : v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	public static class ActionForm {
		private @Nullable String title;
		private @Nullable String description;
		private @Nullable Long owner;
		private @Nullable String due;
		/** {@code kind:id} of the origin record. */
		private @Nullable String origin;
		private int version;

		public @Nullable String getTitle() { return title; }
		public void setTitle(@Nullable String v) { title = v; }
		public @Nullable String getDescription() { return description; }
		public void setDescription(@Nullable String v) { description = v; }
		public @Nullable Long getOwner() { return owner; }
		public void setOwner(@Nullable Long v) { owner = v; }
		public @Nullable String getDue() { return due; }
		public void setDue(@Nullable String v) { due = v; }
		public @Nullable String getOrigin() { return origin; }
		public void setOrigin(@Nullable String v) { origin = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }

		@Nullable String originKind() {
			return origin == null || origin.indexOf(':') < 0 ? null : origin.substring(0, origin.indexOf(':'));
		}

		@Nullable Long originId() {
			if (origin == null || origin.indexOf(':') < 0) {
				return null;
			}
			try {
				return Long.parseLong(origin.substring(origin.indexOf(':') + 1));
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
	}
}
