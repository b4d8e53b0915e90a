package org.atelier.security;

import java.util.Map;
import java.util.function.Supplier;

import org.atelier.identity.AccessTokens;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.security.AuthorizationMatrixTest.Caller;
import org.atelier.testsupport.TestUsers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds what the authorization matrix calls: each call gets a fresh {@link Scene} whose objects
 * are created on first use, through the modules' own services, acting as the right person.
 */
final class MatrixFixtures {

	/** A signed-in test person. */
	record Person(AccountView account) {

		String username() {
			return account.username();
		}

		long id() {
			return account.id();
		}
	}

	private final Accounts accounts;
	private final AccessTokens tokens;

	MatrixFixtures(Accounts accounts, AccessTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	Scene scene(Map<Caller, Person> people) {
		return new Scene(people);
	}

	/** The objects one call works on, created lazily. */
	final class Scene {

		private final Map<Caller, Person> people;
		private Long victimUserId;
		private Long coordinatorTokenId;

		Scene(Map<Caller, Person> people) {
			this.people = people;
		}

		Person person(Caller caller) {
			return people.get(caller);
		}

		/** A fresh account nobody else uses, for administrative actions on users. */
		long victimUser() {
			if (victimUserId == null) {
				victimUserId = TestUsers.create(accounts, "mx-victim").id();
			}
			return victimUserId;
		}

		/** A personal access token that belongs to the coordinator (and to nobody else). */
		long coordinatorToken() {
			if (coordinatorTokenId == null) {
				coordinatorTokenId = as(people.get(Caller.COORDINATOR), () -> tokens.create("matrix", null)).token().id();
			}
			return coordinatorTokenId;
		}

		String unique(String prefix) {
			return TestUsers.uniqueName(prefix);
		}
	}

	static <T> T as(Person person, Supplier<T> action) {
		AccountView a = person.account();
		var principal = new CurrentUser(a.id(), a.username(), a.displayName(), a.admin(), true, null);
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
