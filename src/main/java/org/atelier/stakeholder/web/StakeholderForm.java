package org.atelier.stakeholder.web;

import org.atelier.stakeholder.StakeholderInput;
import org.atelier.stakeholder.StakeholderView;
import org.jspecify.annotations.Nullable;

/**
 * The create and edit form of an organisation, as text exactly as the person typed it.
 * {@code version} is the version the edit form was shown with (empty when creating).
 */
public class StakeholderForm {

	private @Nullable String name;
	private @Nullable String type;
	private @Nullable String sector;
	private @Nullable String challengeRole;
	private boolean decisionAuthority;
	private @Nullable String authorityOver;
	private @Nullable String influence;
	private @Nullable String interest;
	private boolean power;
	private boolean legitimacy;
	private boolean urgency;
	private @Nullable String engagementNow;
	private @Nullable String engagementDesired;
	private @Nullable Integer version;

	/** An empty form with middle scores, so that a quick entry lands in the middle of the grid. */
	static StakeholderForm blank() {
		var form = new StakeholderForm();
		form.influence = "3";
		form.interest = "3";
		form.engagementNow = "UNAWARE";
		form.engagementDesired = "SUPPORTIVE";
		return form;
	}

	static StakeholderForm of(StakeholderView s) {
		var form = new StakeholderForm();
		form.name = s.name();
		form.type = s.type().name();
		form.sector = s.sector().name();
		form.challengeRole = s.challengeRole();
		form.decisionAuthority = s.decisionAuthority();
		form.authorityOver = s.authorityOver();
		form.influence = String.valueOf(s.influence());
		form.interest = String.valueOf(s.interest());
		form.power = s.power();
		form.legitimacy = s.legitimacy();
		form.urgency = s.urgency();
		form.engagementNow = s.engagementNow().name();
		form.engagementDesired = s.engagementDesired().name();
		form.version = s.version();
		return form;
	}

	/** The validated input; throws a FieldProblem naming every invalid field. */
	StakeholderInput toInput() {
		return StakeholderInput.parse(name, type, sector, challengeRole, decisionAuthority, authorityOver, influence,
				interest, power, legitimacy, urgency, engagementNow, engagementDesired);
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getType() {
		return type;
	}

	public void setType(@Nullable String type) {
		this.type = type;
	}

	public @Nullable String getSector() {
		return sector;
	}

	public void setSector(@Nullable String sector) {
		this.sector = sector;
	}

	public @Nullable String getChallengeRole() {
		return challengeRole;
	}

	public void setChallengeRole(@Nullable String challengeRole) {
		this.challengeRole = challengeRole;
	}

	public boolean isDecisionAuthority() {
		return decisionAuthority;
	}

	public void setDecisionAuthority(boolean decisionAuthority) {
		this.decisionAuthority = decisionAuthority;
	}

	public @Nullable String getAuthorityOver() {
		return authorityOver;
	}

	public void setAuthorityOver(@Nullable String authorityOver) {
		this.authorityOver = authorityOver;
	}

	public @Nullable String getInfluence() {
		return influence;
	}

	public void setInfluence(@Nullable String influence) {
		this.influence = influence;
	}

	public @Nullable String getInterest() {
		return interest;
	}

	public void setInterest(@Nullable String interest) {
		this.interest = interest;
	}

	public boolean isPower() {
		return power;
	}

	public void setPower(boolean power) {
		this.power = power;
	}

	public boolean isLegitimacy() {
		return legitimacy;
	}

	public void setLegitimacy(boolean legitimacy) {
		this.legitimacy = legitimacy;
	}

	public boolean isUrgency() {
		return urgency;
	}

	public void setUrgency(boolean urgency) {
		this.urgency = urgency;
	}

	public @Nullable String getEngagementNow() {
		return engagementNow;
	}

	public void setEngagementNow(@Nullable String engagementNow) {
		this.engagementNow = engagementNow;
	}

	public @Nullable String getEngagementDesired() {
		return engagementDesired;
	}

	public void setEngagementDesired(@Nullable String engagementDesired) {
		this.engagementDesired = engagementDesired;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}
