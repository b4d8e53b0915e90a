package org.atelier.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.shared.ConflictException;
import org.atelier.shared.DatabaseOutage;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a REST controller into an RFC 9457 problem detail in the caller's
 * language, with an {@code errors} list naming each invalid field. Never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(FieldProblem.class)
	ResponseEntity<ProblemDetail> fieldProblem(FieldProblem problem) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = problem.violations().stream()
			.map(v -> Map.of("field", v.field(), "message",
					messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, text("error.validation"), errors);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, text("error.notFound"), null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, jakarta.servlet.http.HttpServletRequest request) {
		PageExceptionHandler.logDenied(request);
		return problem(HttpStatus.FORBIDDEN, text("error.forbidden"), null);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException e) {
		String detail = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
		return problem(HttpStatus.CONFLICT, detail, null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
		return problem(HttpStatus.PRECONDITION_FAILED, text("error.stale"), null);
	}

	@ExceptionHandler(PreconditionRequiredException.class)
	ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, text("error.ifMatchRequired"), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		var errors = List.of(Map.of("field", e.getName(), "message", text("error.invalidValue")));
		return problem(HttpStatus.BAD_REQUEST, text("error.validation"), errors);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", fe.getField(), "message", messages.getMessage(fe, locale)));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(ge -> errors.add(Map.of("field", ge.getObjectName(), "message", messages.getMessage(ge, locale))));
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(HttpStatus.BAD_REQUEST, text("error.validation"), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors()
			.forEach(err -> errors.add(Map.of("field", r.getMethodParameter().getParameterName() == null ? "request"
					: r.getMethodParameter().getParameterName(), "message", messages.getMessage(err, locale)))));
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(HttpStatus.BAD_REQUEST, text("error.validation"), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(HttpStatus.BAD_REQUEST, text("error.unreadableBody"), List.of(unreadableAt(ex))));
	}

	/**
	 * Where the body stops being readable: the JSON path of a value of the wrong type, or else
	 * "body" with the line and column of the syntax error, so that the caller knows where to look.
	 */
	private Map<String, String> unreadableAt(HttpMessageNotReadableException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof tools.jackson.databind.DatabindException bind && !bind.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (var ref : bind.getPath()) {
					if (ref.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
					}
					else if (ref.getIndex() >= 0) {
						path.append('[').append(ref.getIndex()).append(']');
					}
				}
				return Map.of("field", path.toString(), "message", text("error.invalidValue"));
			}
			if (t instanceof tools.jackson.core.JacksonException json && json.getLocation() != null
					&& json.getLocation().getLineNr() > 0) {
				return Map.of("field", "body", "message", messages.getMessage("error.unreadableAt",
						new Object[] { json.getLocation().getLineNr(), json.getLocation().getColumnNr() },
						"error.unreadableAt", locale));
			}
		}
		return Map.of("field", "body", "message", text("error.unreadableBody"));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Framework errors (405, 415, 406, ...): keep the status, never expose exception text.
		ProblemDetail detail = ProblemDetail.forStatus(statusCode);
		detail.setType(URI.create("about:blank"));
		return ResponseEntity.status(statusCode).headers(headers)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(detail);
	}

	/** The database cannot be reached: 503 with Retry-After, never a 500; the caller may simply retry. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
		logger.warn("Database unavailable during API call: " + e.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseOutageFilter.RETRY_AFTER)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(HttpStatus.SERVICE_UNAVAILABLE, text("error.unavailable"), null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		if (DatabaseOutage.causedBy(e)) {
			return databaseUnavailable(e);
		}
		logger.error("Unexpected error in API call", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected"), null);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(status, detail, errors));
	}

	private static ProblemDetail body(HttpStatus status, String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}
}
