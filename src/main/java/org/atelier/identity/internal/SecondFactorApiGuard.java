package org.atelier.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.identity.CurrentUser;
import org.atelier.identity.TwoFactor;
import org.atelier.shared.SecurityLog;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the API, a password alone must not open an account that signs in with a second factor: such
 * a person's HTTP Basic call is refused (401), and their scripts use a personal access token.
 */
class SecondFactorApiGuard extends OncePerRequestFilter {

	private final TwoFactor twoFactor;
	private final AuthenticationEntryPoint entryPoint;

	SecondFactorApiGuard(TwoFactor twoFactor, AuthenticationEntryPoint entryPoint) {
		this.twoFactor = twoFactor;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && authentication != null
				&& authentication.getPrincipal() instanceof CurrentUser user && twoFactor.isEnabled(user.id())) {
			SecurityContextHolder.clearContext();
			SecurityLog.event("sign-in-failed", "user", user.getUsername(), "address", request.getRemoteAddr(), "reason",
					"password-without-second-factor");
			entryPoint.commence(request, response, new BadCredentialsException("second factor required"));
			return;
		}
		chain.doFilter(request, response);
	}
}
