package org.atelier.stakeholder.web;

import org.jspecify.annotations.Nullable;

/** The form to record a contact person of an organisation, as typed. */
public class ContactForm {

	private @Nullable String name;
	private @Nullable String jobTitle;
	private @Nullable String email;
	private @Nullable String phone;
	private @Nullable String legalBasis;

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(@Nullable String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(@Nullable String legalBasis) {
		this.legalBasis = legalBasis;
	}

	/** The version the edit form was shown with; unused when adding. */
	private int version;

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
