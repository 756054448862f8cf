package org.shopfront.shared;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests the application cannot take as they came: unknown URLs (404), wrong methods
 * (405), media types (415, 406), unreadable or mistyped JSON and query parameters (400
 * naming the field), and a database that is out of reach (503, to be tried again). Every
 * answer is a page or a problem detail (see {@link ErrorResponses}), never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestErrors {

	private static final Log log = LogFactory.getLog(RequestErrors.class);

	/** Seconds after which a client may try again while the database is away. */
	static final String RETRY_AFTER = "5";

	private final ErrorResponses responses;

	RequestErrors(MessageSource messages) {
		this.responses = new ErrorResponses(messages);
	}

	/**
	 * Spring's own request errors (no handler, wrong method or media type, a missing
	 * part): their status and headers (such as {@code Allow}) with our words.
	 */
	@ExceptionHandler({ ServletException.class, ErrorResponseException.class })
	Object framework(Exception ex, HttpServletRequest request, Locale locale) throws Exception {
		if (!(ex instanceof ErrorResponse error)) {
			throw ex;
		}
		HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
		if (status == null || status.is5xxServerError()) {
			throw ex;
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return fieldError(missing.getParameterName(), "error.param.missing", request, locale);
		}
		if (ex instanceof MaxUploadSizeExceededException && !ErrorResponses.isApi(request)) {
			return new ModelAndView("error/413", HttpStatus.PAYLOAD_TOO_LARGE);
		}
		Object response = this.responses.respond(status, "error." + status.value() + ".text", null, request, locale);
		if (response instanceof ResponseEntity<?> entity) {
			return ResponseEntity.status(status)
				.headers(entity.getHeaders())
				.headers(error.getHeaders())
				.body(entity.getBody());
		}
		return response;
	}

	/**
	 * A query parameter of the wrong type names the parameter; an id in the path that is
	 * no id at all is simply not found.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Locale locale) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return this.responses.respond(HttpStatus.NOT_FOUND, "error.notFound", null, request, locale);
		}
		return fieldError(ex.getName(), "error.param.invalid", request, locale);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameter(HandlerMethodValidationException ex, HttpServletRequest request, Locale locale) {
		String name = ex.getParameterValidationResults()
			.stream()
			.map((result) -> result.getMethodParameter().getParameterName())
			.findFirst()
			.orElse("");
		return fieldError(name, "error.param.invalid", request, locale);
	}

	/**
	 * A body that is not JSON, or JSON that does not fit: the problem names the field at
	 * fault (an unknown field, a word where a number belongs, a fraction or a number too
	 * large for a count).
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request, Locale locale) {
		if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			String key = (json instanceof UnrecognizedPropertyException) ? "error.json.unknownField"
					: "error.json.invalidValue";
			return fieldError(JsonPaths.of(json.getPath()), key, request, locale);
		}
		return this.responses.respond(HttpStatus.BAD_REQUEST, "error.json.malformed", null, request, locale);
	}

	/**
	 * The database is out of reach (stopped, restarting, no connection to be had, or the
	 * connection died under a commit or rollback): the database applies a transaction
	 * whole or not at all, so nothing was half done; the client may try again shortly.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class, RecoverableDataAccessException.class,
			QueryTimeoutException.class, TransactionSystemException.class })
	Object unavailable(Exception ex, HttpServletRequest request, Locale locale) {
		log.warn("Database unavailable: " + ex.getMessage());
		Object response = this.responses.respond(HttpStatus.SERVICE_UNAVAILABLE, "error.503.text", null, request,
				locale);
		if (response instanceof ResponseEntity<?> entity) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
				.headers(entity.getHeaders())
				.body(entity.getBody());
		}
		return response;
	}

	/**
	 * Who is not signed in is asked to (the security filters add the schemes this
	 * installation takes).
	 */
	@ExceptionHandler(AuthenticationException.class)
	Object unauthenticated(AuthenticationException ex, HttpServletRequest request, Locale locale) {
		if (ex instanceof InternalAuthenticationServiceException && ex.getCause() instanceof DataAccessException) {
			// The accounts could not be read: the database is away, not the password
			// wrong.
			return unavailable(ex, request, locale);
		}
		return this.responses.respond(HttpStatus.UNAUTHORIZED, "error.401.text", null, request, locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object forbidden(AccessDeniedException ex, HttpServletRequest request, Locale locale) {
		return this.responses.respond(HttpStatus.FORBIDDEN, "error.403.text", null, request, locale);
	}

	private Object fieldError(String field, String key, HttpServletRequest request, Locale locale) {
		if (!ErrorResponses.isApi(request)) {
			return this.responses.page(HttpStatus.BAD_REQUEST, key, null, locale);
		}
		return this.responses.problem(HttpStatus.BAD_REQUEST, "error.invalid", null,
				Map.of("errors", Map.of(field, this.responses.message(key, null, locale))), request, locale);
	}

}
