package org.atelier.identity.internal;

import org.atelier.shared.SecurityLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the database-backed {@link LoginThrottle} in front of the password check: a blocked
 * account or address is refused before its password is even compared, and every outcome is
 * counted.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;
	private final LoginThrottle throttle;

	public ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName();
		String client = authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
				? d.getRemoteAddress() : "unknown";
		if (throttle.isBlocked(username, client)) {
			throttle.record(username, client, false);
			SecurityLog.event("sign-in-throttled", "user", username, "address", client);
			throw new LoginThrottledException();
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.record(username, client, true);
			SecurityLog.event("sign-in", "user", username, "address", client);
			return result;
		}
		catch (AuthenticationException failed) {
			throttle.record(username, client, false);
			SecurityLog.event("sign-in-failed", "user", username, "address", client, "reason", reason(failed));
			throw failed;
		}
	}

	/** A fixed word for the kind of failure; never the exception's message. */
	private static String reason(AuthenticationException failed) {
		return switch (failed) {
			case org.springframework.security.authentication.DisabledException d -> "disabled";
			case org.springframework.security.authentication.LockedException l -> "locked";
			case org.springframework.security.authentication.BadCredentialsException b -> "bad-credentials";
			default -> "other";
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
