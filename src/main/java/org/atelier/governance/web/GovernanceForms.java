package org.atelier.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The form records of the governance pages; field names are unique across the forms of one page. */
final class GovernanceForms {

	private GovernanceForms() {
	}

	public static class MandateForm {
		private @Nullable String mandate;
		private int version;

		public @Nullable String getMandate() { return mandate; }
		public void setMandate(@Nullable String v) { mandate = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	public static class RoleForm {
		private @Nullable String kind;
		private @Nullable String customName;
		private @Nullable String memberUsername;
		private @Nullable String holderName;
		private boolean deputy;
		private @Nullable String roleMandate;
		private @Nullable String startsOn;
		private @Nullable String endsOn;
		private @Nullable Long contactId;
		private int version;

		public @Nullable Long getContactId() { return contactId; }
		public void setContactId(@Nullable Long v) { contactId = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
		public @Nullable String getKind() { return kind; }
		public void setKind(@Nullable String v) { kind = v; }
		public @Nullable String getCustomName() { return customName; }
		public void setCustomName(@Nullable String v) { customName = v; }
		public @Nullable String getMemberUsername() { return memberUsername; }
		public void setMemberUsername(@Nullable String v) { memberUsername = v; }
		public @Nullable String getHolderName() { return holderName; }
		public void setHolderName(@Nullable String v) { holderName = v; }
		public boolean isDeputy() { return deputy; }
		public void setDeputy(boolean v) { deputy = v; }
		public @Nullable String getRoleMandate() { return roleMandate; }
		public void setRoleMandate(@Nullable String v) { roleMandate = v; }
		public @Nullable String getStartsOn() { return startsOn; }
		public void setStartsOn(@Nullable String v) { startsOn = v; }
		public @Nullable String getEndsOn() { return endsOn; }
		public void setEndsOn(@Nullable String v) { endsOn = v; }
	}

	public static class LevelForm {
		private @Nullable String levelName;
		private @Nullable String seats;
		private @Nullable String scope;

		public @Nullable String getLevelName() { return levelName; }
		public void setLevelName(@Nullable String v) { levelName = v; }
		public @Nullable String getSeats() { return seats; }
		public void setSeats(@Nullable String v) { seats = v; }
		public @Nullable String getScope() { return scope; }
		public void setScope(@Nullable String v) { scope = v; }
	}

	public static class LinkForm {
		private @Nullable String linkTitle;
		private @Nullable String linkOwner;
		private @Nullable String linkUrl;

		public @Nullable String getLinkTitle() { return linkTitle; }
		public void setLinkTitle(@Nullable String v) { linkTitle = v; }
		public @Nullable String getLinkOwner() { return linkOwner; }
		public void setLinkOwner(@Nullable String v) { linkOwner = v; }
		public @Nullable String getLinkUrl() { return linkUrl; }
		public void setLinkUrl(@Nullable String v) { linkUrl = v; }
	}

	/** A RACI row: the responsibility and a letter per party (bound as {@code letters[party]}). */
	public static class RaciForm {
		private @Nullable String responsibility;
		private Map<String, String> letters = new LinkedHashMap<>();
		private int version;

		public @Nullable String getResponsibility() { return responsibility; }
		public void setResponsibility(@Nullable String v) { responsibility = v; }
		public Map<String, String> getLetters() { return letters; }
		public void setLetters(Map<String, String> v) { letters = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	public static class DecisionForm {
		private @Nullable String title;
		private @Nullable String context;
		private @Nullable String options;
		private @Nullable String decision;
		private @Nullable String rationale;
		private @Nullable String preparedBy;
		private @Nullable String decidedBy;
		private @Nullable String consulted;
		private @Nullable String informed;
		private @Nullable String decidedOn;
		private @Nullable Long escalationLevelId;
		private boolean alreadyAccepted;
		private int version;

		public @Nullable String getTitle() { return title; }
		public void setTitle(@Nullable String v) { title = v; }
		public @Nullable String getContext() { return context; }
		public void setContext(@Nullable String v) { context = v; }
		public @Nullable String getOptions() { return options; }
		public void setOptions(@Nullable String v) { options = v; }
		public @Nullable String getDecision() { return decision; }
		public void setDecision(@Nullable String v) { decision = v; }
		public @Nullable String getRationale() { return rationale; }
		public void setRationale(@Nullable String v) { rationale = v; }
		public @Nullable String getPreparedBy() { return preparedBy; }
		public void setPreparedBy(@Nullable String v) { preparedBy = v; }
		public @Nullable String getDecidedBy() { return decidedBy; }
		public void setDecidedBy(@Nullable String v) { decidedBy = v; }
		public @Nullable String getConsulted() { return consulted; }
		public void setConsulted(@Nullable String v) { consulted = v; }
		public @Nullable String getInformed() { return informed; }
		public void setInformed(@Nullable String v) { informed = v; }
		public @Nullable String getDecidedOn() { return decidedOn; }
		public void setDecidedOn(@Nullable String v) { decidedOn = v; }
		public @Nullable Long getEscalationLevelId() { return escalationLevelId; }
		public void setEscalationLevelId(@Nullable Long v) { escalationLevelId = v; }
		public boolean isAlreadyAccepted() { return alreadyAccepted; }
		public void setAlreadyAccepted(boolean v) { alreadyAccepted = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}
}
