package org.atelier.demo;

import java.util.function.Supplier;

import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs a piece of the demo set-up as one of the demo people, so every rule and the history apply as for them. */
@Component
class DemoUsers {

	private final Accounts accounts;

	DemoUsers(Accounts accounts) {
		this.accounts = accounts;
	}

	<T> T as(String username, Supplier<T> action) {
		AccountView account = accounts.findByUsername(username).orElseThrow();
		var principal = new CurrentUser(account.id(), account.username(), account.displayName(), account.admin(),
				true, null);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
