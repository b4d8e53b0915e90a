package org.atelier.shared.web;

import org.atelier.shared.ConflictException;
import org.atelier.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a missing or hidden record with the 404 page, a missing role with the 403 page and
 * a change the current state forbids (archived atelier, last coordinator) with the 409 page
 * stating the reason, and an unreachable database with the 503 page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException e) {
		var mav = new ModelAndView("error/409");
		mav.addObject("reason", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
				LocaleContextHolder.getLocale()));
		mav.setStatus(HttpStatus.CONFLICT);
		return mav;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		var mav = new ModelAndView("error/404");
		mav.setStatus(HttpStatus.NOT_FOUND);
		return mav;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(jakarta.servlet.http.HttpServletRequest request) {
		logDenied(request);
		var mav = new ModelAndView("error/403");
		mav.setStatus(HttpStatus.FORBIDDEN);
		return mav;
	}

	/**
	 * The database cannot be reached: the stand-alone 503 page (the usual layout would need the
	 * database itself) saying to try again shortly.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ModelAndView databaseUnavailable(Exception e, jakarta.servlet.http.HttpServletResponse response) {
		org.slf4j.LoggerFactory.getLogger(PageExceptionHandler.class)
			.warn("Database unavailable while showing a page: {}", e.getMessage());
		response.setHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER);
		var mav = new ModelAndView("error/503");
		mav.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return mav;
	}

	/** A refused action, in the security log: who asked for what. */
	static void logDenied(jakarta.servlet.http.HttpServletRequest request) {
		var principal = request.getUserPrincipal();
		org.atelier.shared.SecurityLog.event("access-denied", "user", principal == null ? null : principal.getName(),
				"method", request.getMethod(), "path", request.getRequestURI());
	}
}
