package org.atelier.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.atelier.shared.SecurityLog;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lived longer than the absolute lifetime
 * ({@code atelier.security.session.absolute-lifetime}), however active it has been; the idle
 * timeout ({@code spring.session.timeout}) is Spring Session's. The lifetime counts from the
 * sign-in: an attribute the sign-in writes ({@link #markSignIn}, in the application's clock) and
 * that renewing the session id keeps. Only the sign-in request writes it, so parallel requests of
 * one page never race to add it. A signed-in session without it (signed in before this check
 * existed) counts from its creation, which Spring Session keeps in its table; a session nobody
 * signed in to holds nothing worth a lifetime and is left to the idle timeout. A page request with an expired session goes
 * to the sign-in page; any other request (the API, a static file) continues without the session,
 * so it is judged on its own credentials (the API answers 401 without them).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final String STARTED_AT = "org.atelier.session.startedAt";
	static final String EXPIRED_PAGE = "/login?expired";

	private final Duration lifetime;
	private final Clock clock;

	SessionLifetimeFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Long startedAt = session.getAttribute(STARTED_AT) instanceof Long signedInAt ? Long.valueOf(signedInAt)
					: userOf(session) != null ? Long.valueOf(session.getCreationTime()) : null;
			if (startedAt != null && clock.instant().isAfter(Instant.ofEpochMilli(startedAt).plus(lifetime))) {
				SecurityLog.event("session-expired", "user", userOf(session), "address",
						request.getRemoteAddr(), "reason", "absolute-lifetime");
				session.invalidate();
				if (isPage(request)) {
					response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** Notes the moment of sign-in in the session, where the lifetime starts. */
	static void markSignIn(HttpServletRequest request, Clock clock) {
		request.getSession().setAttribute(STARTED_AT, clock.instant().toEpochMilli());
	}

	private static @Nullable String userOf(HttpSession session) {
		return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null ? context.getAuthentication().getName() : null;
	}

	private static boolean isPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/webjars/"));
	}
}
