package org.atelier.testsupport;

import java.util.UUID;
import java.util.function.Supplier;

import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.Accounts.NewAccount;
import org.atelier.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Object mother for accounts. Every call makes a fresh, unique user so that tests sharing one
 * database (as on the PostgreSQL leg) never collide.
 */
public final class TestUsers {

	/** The password every test user gets; long and uncommon enough for the policy. */
	public static final String PASSWORD = "correct-staple-horse-battery-42";
	public static final String ADMIN = "admin";
	public static final String ADMIN_PASSWORD = "admin-test-password-1";

	private TestUsers() {
	}

	public static String uniqueName(String prefix) {
		return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
	}

	public static AccountView create(Accounts accounts, String prefix) {
		String username = uniqueName(prefix);
		return accounts.createUnchecked(new NewAccount(username, "Test " + prefix, username + "@example.org",
				PASSWORD, false));
	}

	public static AccountView createAdmin(Accounts accounts, String prefix) {
		String username = uniqueName(prefix);
		return accounts.createUnchecked(new NewAccount(username, "Admin " + prefix, username + "@example.org",
				PASSWORD, true));
	}

	/** Runs a service call as this person, as if they had signed in (for arranging test data). */
	public static <T> T as(AccountView account, Supplier<T> action) {
		var principal = new CurrentUser(account.id(), account.username(), account.displayName(), account.admin(),
				true, null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
