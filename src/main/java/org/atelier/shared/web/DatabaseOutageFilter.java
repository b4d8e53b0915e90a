package org.atelier.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * When the database cannot be reached, every request answers 503 "try again shortly" instead of
 * a 500 or a stack trace: API calls get a problem detail, pages the localized 503 page. Sits in
 * front of every other filter, because the failure often happens before any controller runs
 * (loading the signed-in session, checking a password). Controllers' own outages are mapped by
 * {@link ApiExceptionHandler} and {@link PageExceptionHandler}; this catches the rest. The
 * application needs no restart: the next request after the database is back simply works.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

	/** Seconds a client is asked to wait before trying again. */
	static final String RETRY_AFTER = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ITemplateEngine templates;

	DatabaseOutageFilter(MessageSource messages, LocaleResolver locales, ITemplateEngine templates) {
		this.messages = messages;
		this.locales = locales;
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException e) {
			if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("Database unavailable while answering {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(e));
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER);
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding("UTF-8");
		Locale locale = locale(request);
		if (wantsJson(request)) {
			String detail = messages.getMessage("error.unavailable", null, "error.unavailable", locale);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
					+ "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
			return;
		}
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		templates.process("error/503", new WebContext(exchange, locale), response.getWriter());
	}

	private Locale locale(HttpServletRequest request) {
		try {
			return locales.resolveLocale(request);
		}
		catch (RuntimeException e) {
			return SupportedLocales.bestMatch(request.getHeader("Accept-Language"));
		}
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}
}
