package org.atelier.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.shared.web.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * API callers without valid credentials get 401 with a problem detail (never a redirect to the
 * sign-in page); callers whose sign-in is throttled get 429; a missing role gives 403.
 */
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	public ApiAuthenticationEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (org.atelier.shared.DatabaseOutage.causedBy(failure)) {
			// the credentials could not be checked, not found wrong: let the outage answer (503) rather than 401
			throw new org.springframework.dao.DataAccessResourceFailureException("credentials not checked", failure);
		}
		if (failure instanceof LoginThrottledException) {
			response.setHeader("Retry-After", "900");
			write(request, response, 429, "error.throttled");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Atelier\", Bearer");
		write(request, response, 401, "error.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		var principal = request.getUserPrincipal();
		org.atelier.shared.SecurityLog.event("access-denied", "user", principal == null ? null : principal.getName(),
				"method", request.getMethod(), "path", request.getRequestURI());
		write(request, response, 403, "error.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		// Filters run before the dispatcher resolves the locale, so read the browser's preference here.
		String detail = messages.getMessage(key, null, key,
				SupportedLocales.bestMatch(request.getHeader("Accept-Language")));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\""
				+ escape(detail) + "\"}");
	}

	private static String escape(String s) {
		StringBuilder b = new StringBuilder();
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}
}
