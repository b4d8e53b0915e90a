package org.atelier.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because too many attempts failed recently; shown as the generic failure. */
public class LoginThrottledException extends AuthenticationException {

	public LoginThrottledException() {
		super("Too many failed sign-in attempts");
	}
}
