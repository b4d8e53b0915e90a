package org.atelier.strategy.web;

import org.jspecify.annotations.Nullable;

/** The form with which a partner endorses the current revision for their organisation. */
public class EndorsementForm {

	private @Nullable String organisation;

	public @Nullable String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable String organisation) {
		this.organisation = organisation;
	}
}
