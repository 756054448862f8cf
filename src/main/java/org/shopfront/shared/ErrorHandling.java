package org.shopfront.shared;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the shared error types to 404 and 409: an error page for people, an RFC 9457
 * problem detail for API clients under {@code /api}. Never shows exception text. Runs
 * before Spring's own problem-detail advice so that a 400 names the fields at fault.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

	private final MessageSource messages;

	ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	Object notFound(NotFound ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return respond(HttpStatus.NOT_FOUND, ex.messageKey(), new Object[0], request, response, locale);
	}

	@ExceptionHandler(Conflict.class)
	Object conflict(Conflict ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return respond(HttpStatus.CONFLICT, ex.messageKey(), ex.arguments(), request, response, locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badId(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return respond(HttpStatus.NOT_FOUND, "error.notFound", new Object[0], request, response, locale);
	}

	/**
	 * Bean validation of a request body, or a module's own field errors thrown as a
	 * {@link BindException} (a pushed list of tickets names the element at fault).
	 */
	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> invalid(BindException ex, HttpServletRequest request, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			fields.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		return badRequest(fields, request, locale);
	}

	/**
	 * A rule broken by one field: named in a problem detail for API clients; a page says
	 * what went wrong (a form shows such errors beside the field itself, so what reaches
	 * here is a link's parameter, such as a list's cursor).
	 */
	@ExceptionHandler(InvalidInput.class)
	Object invalidInput(InvalidInput ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (!isApi(request)) {
			return respond(HttpStatus.BAD_REQUEST, ex.messageKey(), ex.arguments(), request, response, locale);
		}
		return badRequest(
				Map.of(ex.field(), this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale)),
				request, locale);
	}

	/** A 400 problem detail whose {@code errors} map names each field at fault. */
	private ResponseEntity<ProblemDetail> badRequest(Map<String, String> fields, HttpServletRequest request,
			Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.invalid", null, "Some fields need attention.", locale));
		problem.setTitle(this.messages.getMessage("error.invalid.title", null, "Invalid request", locale));
		problem.setType(URI.create("https://shopfront.org/problems/invalid-request"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	private Object respond(HttpStatus status, String key, Object[] args, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		String detail = this.messages.getMessage(key, args, key, locale);
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(status).body(problem);
		}
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error/" + status.value());
		page.setStatus(status);
		page.addObject("detail", detail);
		return page;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
