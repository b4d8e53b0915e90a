package org.atelier.atelier.web;

import org.jspecify.annotations.Nullable;

/** The form that adds a person to an atelier by user name, with a role. */
public class MemberForm {

	private @Nullable String username;
	private @Nullable String role = "PARTNER";

	public @Nullable String getUsername() {
		return username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getRole() {
		return role;
	}

	public void setRole(@Nullable String role) {
		this.role = role;
	}
}
