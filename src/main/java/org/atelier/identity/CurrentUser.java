package org.atelier.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the application sees them. Kept in the HTTP session, so
 * it carries only what does not change often; the password hash is erased after sign-in.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String ROLE_ADMIN = "ROLE_ADMIN";

	private final long id;
	private final String username;
	private final String displayName;
	private final boolean admin;
	private final boolean enabled;
	private @Nullable String passwordHash;

	public CurrentUser(long id, String username, String displayName, boolean admin, boolean enabled,
			@Nullable String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.admin = admin;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	/** The user of the current request, or null when nobody is signed in. */
	public static @Nullable CurrentUser get() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null;
	}

	/** The user of the current request; the caller is behind authentication, so there is one. */
	public static CurrentUser require() {
		CurrentUser user = get();
		if (user == null) {
			throw new IllegalStateException("No signed-in user in this request");
		}
		return user;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public boolean admin() {
		return admin;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority(ROLE_ADMIN))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser u && u.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + "]";
	}
}
