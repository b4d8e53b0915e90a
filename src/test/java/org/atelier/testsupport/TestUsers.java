package org.atelier.testsupport;

import java.util.UUID;

import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.Accounts.NewAccount;

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
}
