package org.atelier.capacity.web;

import org.jspecify.annotations.Nullable;

/** The form records of the capacity pages; field names match the API's so that problems bind to them. */
final class CapacityForms {

	private CapacityForms() {
	}

	public static class TeamForm {
		private @Nullable Long memberId;
		private @Nullable String externalName;
		private @Nullable String role;
		private @Nullable String hoursPerWeek;
		private @Nullable String start;
		private @Nullable String end;
		private @Nullable String deputy;
		private @Nullable String handoverNotes;
		private int version;

		public @Nullable Long getMemberId() { return memberId; }
		public void setMemberId(@Nullable Long v) { memberId = v; }
		public @Nullable String getExternalName() { return externalName; }
		public void setExternalName(@Nullable String v) { externalName = v; }
		public @Nullable String getRole() { return role; }
		public void setRole(@Nullable String v) { role = v; }
		public @Nullable String getHoursPerWeek() { return hoursPerWeek; }
		public void setHoursPerWeek(@Nullable String v) { hoursPerWeek = v; }
		public @Nullable String getStart() { return start; }
		public void setStart(@Nullable String v) { start = v; }
		public @Nullable String getEnd() { return end; }
		public void setEnd(@Nullable String v) { end = v; }
		public @Nullable String getDeputy() { return deputy; }
		public void setDeputy(@Nullable String v) { deputy = v; }
		public @Nullable String getHandoverNotes() { return handoverNotes; }
		public void setHandoverNotes(@Nullable String v) { handoverNotes = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	public static class GapForm {
		private @Nullable String skill;
		private @Nullable String plan;
		private @Nullable Long ownerId;
		private @Nullable String due;
		private int version;

		public @Nullable String getSkill() { return skill; }
		public void setSkill(@Nullable String v) { skill = v; }
		public @Nullable String getPlan() { return plan; }
		public void setPlan(@Nullable String v) { plan = v; }
		public @Nullable Long getOwnerId() { return ownerId; }
		public void setOwnerId(@Nullable Long v) { ownerId = v; }
		public @Nullable String getDue() { return due; }
		public void setDue(@Nullable String v) { due = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	public static class FundingForm {
		private @Nullable String type;
		private @Nullable String funder;
		private @Nullable String amountPerYear;
		private @Nullable String start;
		private @Nullable String end;
		private @Nullable String status;
		private int version;

		public @Nullable String getType() { return type; }
		public void setType(@Nullable String v) { type = v; }
		public @Nullable String getFunder() { return funder; }
		public void setFunder(@Nullable String v) { funder = v; }
		public @Nullable String getAmountPerYear() { return amountPerYear; }
		public void setAmountPerYear(@Nullable String v) { amountPerYear = v; }
		public @Nullable String getStart() { return start; }
		public void setStart(@Nullable String v) { start = v; }
		public @Nullable String getEnd() { return end; }
		public void setEnd(@Nullable String v) { end = v; }
		public @Nullable String getStatus() { return status; }
		public void setStatus(@Nullable String v) { status = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}
}
