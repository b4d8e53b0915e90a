package org.atelier.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who can sign in. Guards its own state: enabling, disabling and password changes go
 * through its methods.
 */
@Table("app_user")
public class UserAccount {

	@Id
	private @Nullable Long id;
	private String username;
	private String displayName;
	private @Nullable String email;
	private String passwordHash;
	private boolean admin;
	private boolean enabled;
	private Instant createdAt;
	private Instant passwordChangedAt;
	@Version
	private int version;

	UserAccount(@Nullable Long id, String username, String displayName, @Nullable String email, String passwordHash,
			boolean admin, boolean enabled, Instant createdAt, Instant passwordChangedAt, int version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.admin = admin;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.passwordChangedAt = passwordChangedAt;
		this.version = version;
	}

	static UserAccount create(String username, String displayName, @Nullable String email, String passwordHash,
			boolean admin, Instant now) {
		return new UserAccount(null, username, displayName, email, passwordHash, admin, true, now, now, 0);
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void rename(String displayName, @Nullable String email) {
		this.displayName = displayName;
		this.email = email;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id(), username, displayName, admin, enabled, passwordHash);
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("account not saved yet");
		}
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable String email() {
		return email;
	}

	public boolean admin() {
		return admin;
	}

	public boolean enabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	public int version() {
		return version;
	}

	String passwordHash() {
		return passwordHash;
	}
}
