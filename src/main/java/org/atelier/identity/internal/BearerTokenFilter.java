package org.atelier.identity.internal;

import java.io.IOException;
import java.util.function.Function;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.identity.CurrentUser;
import org.atelier.shared.SecurityLog;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer <personal access token>}. */
public class BearerTokenFilter extends OncePerRequestFilter {

	private final Function<String, Optional<CurrentUser>> tokens;
	private final AuthenticationEntryPoint entryPoint;

	public BearerTokenFilter(Function<String, Optional<CurrentUser>> tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<CurrentUser> user = tokens.apply(header.substring(7).trim());
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			SecurityLog.event("token-rejected", "address", request.getRemoteAddr(), "path", request.getRequestURI());
			entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
