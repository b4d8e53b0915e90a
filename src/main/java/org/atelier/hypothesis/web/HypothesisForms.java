package org.atelier.hypothesis.web;

import org.jspecify.annotations.Nullable;

/** The form records of the hypothesis pages; field names are unique across the forms of one page. */
final class HypothesisForms {

	private HypothesisForms() {
	}

	public static class HypothesisForm {
		private @Nullable String statement;
		private @Nullable String category;
		private @Nullable String importance;
		private @Nullable String evidenceStrength = "0";
		private @Nullable String testMethod;
		private @Nullable String metric;
		private @Nullable String successCriterion;
		private @Nullable String deadline;
		private int version;

		public @Nullable String getStatement() { return statement; }
		public void setStatement(@Nullable String v) { statement = v; }
		public @Nullable String getCategory() { return category; }
		public void setCategory(@Nullable String v) { category = v; }
		public @Nullable String getImportance() { return importance; }
		public void setImportance(@Nullable String v) { importance = v; }
		public @Nullable String getEvidenceStrength() { return evidenceStrength; }
		public void setEvidenceStrength(@Nullable String v) { evidenceStrength = v; }
		public @Nullable String getTestMethod() { return testMethod; }
		public void setTestMethod(@Nullable String v) { testMethod = v; }
		public @Nullable String getMetric() { return metric; }
		public void setMetric(@Nullable String v) { metric = v; }
		public @Nullable String getSuccessCriterion() { return successCriterion; }
		public void setSuccessCriterion(@Nullable String v) { successCriterion = v; }
		public @Nullable String getDeadline() { return deadline; }
		public void setDeadline(@Nullable String v) { deadline = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	public static class StatusForm {
		private @Nullable String status;
		private @Nullable String note;
		private @Nullable String observation;
		private @Nullable String insight;
		private @Nullable String decision;
		private @Nullable String nextActions;
		private int version;

		public @Nullable String getStatus() { return status; }
		public void setStatus(@Nullable String v) { status = v; }
		public @Nullable String getNote() { return note; }
		public void setNote(@Nullable String v) { note = v; }
		public @Nullable String getObservation() { return observation; }
		public void setObservation(@Nullable String v) { observation = v; }
		public @Nullable String getInsight() { return insight; }
		public void setInsight(@Nullable String v) { insight = v; }
		public @Nullable String getDecision() { return decision; }
		public void setDecision(@Nullable String v) { decision = v; }
		public @Nullable String getNextActions() { return nextActions; }
		public void setNextActions(@Nullable String v) { nextActions = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}

	/** Evidence: {@code source} is "document" or "kind:id" of a record of another module. */
	public static class EvidenceForm {
		private @Nullable String source;
		private @Nullable String url;
		private @Nullable String docTitle;
		private @Nullable String direction = "SUPPORTS";
		private @Nullable String strength = "2";
		private @Nullable String evidenceNote;

		public @Nullable String getSource() { return source; }
		public void setSource(@Nullable String v) { source = v; }
		public @Nullable String getUrl() { return url; }
		public void setUrl(@Nullable String v) { url = v; }
		public @Nullable String getDocTitle() { return docTitle; }
		public void setDocTitle(@Nullable String v) { docTitle = v; }
		public @Nullable String getDirection() { return direction; }
		public void setDirection(@Nullable String v) { direction = v; }
		public @Nullable String getStrength() { return strength; }
		public void setStrength(@Nullable String v) { strength = v; }
		public @Nullable String getEvidenceNote() { return evidenceNote; }
		public void setEvidenceNote(@Nullable String v) { evidenceNote = v; }
	}

	public static class ActionForm {
		private @Nullable String actionTitle;
		private @Nullable Long actionOwner;
		private @Nullable String actionDue;

		public @Nullable String getActionTitle() { return actionTitle; }
		public void setActionTitle(@Nullable String v) { actionTitle = v; }
		public @Nullable Long getActionOwner() { return actionOwner; }
		public void setActionOwner(@Nullable Long v) { actionOwner = v; }
		public @Nullable String getActionDue() { return actionDue; }
		public void setActionDue(@Nullable String v) { actionDue = v; }
	}
}
