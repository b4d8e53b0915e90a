package org.atelier.lifecycle.web;

import java.util.ArrayList;
import java.util.List;

import org.atelier.lifecycle.ChallengeVersion;
import org.jspecify.annotations.Nullable;

/** The form objects of the lifecycle pages, holding text exactly as typed. */
final class Forms {

	private Forms() {
	}

	/** A gate review as a coordinator fills it in. */
	public static class GateReviewForm {
		private @Nullable String decision = "ADVANCE";
		private @Nullable String targetPhase;
		private @Nullable String decidedOn;
		private @Nullable String rationale;
		private boolean override;
		private List<Long> participants = new ArrayList<>();
		private @Nullable String otherParticipants;

		public @Nullable String getDecision() { return decision; }
		public void setDecision(@Nullable String v) { decision = v; }
		public @Nullable String getTargetPhase() { return targetPhase; }
		public void setTargetPhase(@Nullable String v) { targetPhase = v; }
		public @Nullable String getDecidedOn() { return decidedOn; }
		public void setDecidedOn(@Nullable String v) { decidedOn = v; }
		public @Nullable String getRationale() { return rationale; }
		public void setRationale(@Nullable String v) { rationale = v; }
		public boolean isOverride() { return override; }
		public void setOverride(boolean v) { override = v; }
		public List<Long> getParticipants() { return participants; }
		public void setParticipants(@Nullable List<Long> v) { participants = v == null ? new ArrayList<>() : v; }
		public @Nullable String getOtherParticipants() { return otherParticipants; }
		public void setOtherParticipants(@Nullable String v) { otherParticipants = v; }
	}

	/** A new version of the challenge statement; {@code version} is the number it builds on. */
	public static class ChallengeForm {
		private @Nullable String systemicIssue;
		private @Nullable String urgency;
		private @Nullable String boundaries;
		private int version;

		static ChallengeForm of(@Nullable ChallengeVersion current) {
			var form = new ChallengeForm();
			if (current != null) {
				form.systemicIssue = current.systemicIssue();
				form.urgency = current.urgency();
				form.boundaries = current.boundaries();
				form.version = current.versionNo();
			}
			return form;
		}

		public @Nullable String getSystemicIssue() { return systemicIssue; }
		public void setSystemicIssue(@Nullable String v) { systemicIssue = v; }
		public @Nullable String getUrgency() { return urgency; }
		public void setUrgency(@Nullable String v) { urgency = v; }
		public @Nullable String getBoundaries() { return boundaries; }
		public void setBoundaries(@Nullable String v) { boundaries = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	/** A new context-map entry. */
	public static class ContextForm {
		private @Nullable String domain;
		private @Nullable String description;
		private @Nullable String actors;

		public @Nullable String getDomain() { return domain; }
		public void setDomain(@Nullable String v) { domain = v; }
		public @Nullable String getDescription() { return description; }
		public void setDescription(@Nullable String v) { description = v; }
		public @Nullable String getActors() { return actors; }
		public void setActors(@Nullable String v) { actors = v; }
		/** The version the editor started from; unused when adding. */
		private int version;

		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	/** A custom operational condition. */
	public static class ConditionLabelForm {
		private @Nullable String label;

		public @Nullable String getLabel() { return label; }
		public void setLabel(@Nullable String v) { label = v; }
	}
}
