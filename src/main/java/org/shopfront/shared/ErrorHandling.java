package org.shopfront.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Maps the shared error types to 404, 409 and 400: an error page for people, an RFC 9457
 * problem detail for API clients (see {@link ErrorResponses}). Never shows exception
 * text. Runs before Spring's own problem-detail advice so that a 400 names the fields at
 * fault.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

	private final MessageSource messages;

	private final ErrorResponses responses;

	ErrorHandling(MessageSource messages) {
		this.messages = messages;
		this.responses = new ErrorResponses(messages);
	}

	@ExceptionHandler(NotFound.class)
	Object notFound(NotFound ex, HttpServletRequest request, Locale locale) {
		return this.responses.respond(HttpStatus.NOT_FOUND, ex.messageKey(), null, request, locale);
	}

	@ExceptionHandler(Conflict.class)
	Object conflict(Conflict ex, HttpServletRequest request, Locale locale) {
		return this.responses.respond(HttpStatus.CONFLICT, ex.messageKey(), ex.arguments(), request, locale);
	}

	/**
	 * Bean validation of a request body, or a module's own field errors thrown as a
	 * {@link BindException} (a pushed list of tickets names the element at fault).
	 */
	@ExceptionHandler(BindException.class)
	Object invalid(BindException ex, HttpServletRequest request, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			fields.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		return badRequest(fields, request, locale);
	}

	@ExceptionHandler(InvalidInput.class)
	Object invalidInput(InvalidInput ex, HttpServletRequest request, Locale locale) {
		return badRequest(
				Map.of(ex.field(), this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale)),
				request, locale);
	}

	/**
	 * A 400 problem detail whose {@code errors} map names each field at fault; on a page
	 * the first field's message.
	 */
	private Object badRequest(Map<String, String> fields, HttpServletRequest request, Locale locale) {
		if (!ErrorResponses.isApi(request)) {
			String first = fields.values().stream().findFirst().orElse(null);
			return this.responses.page(HttpStatus.BAD_REQUEST, "error.invalid", null, locale)
				.addObject("detail", (first != null) ? first : this.responses.message("error.invalid", null, locale));
		}
		return this.responses.problem(HttpStatus.BAD_REQUEST, "error.invalid", null, Map.of("errors", fields), request,
				locale);
	}

}
