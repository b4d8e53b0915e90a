package org.atelier.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for sign-in by user name (case-insensitive). */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.forSignIn(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}
}
