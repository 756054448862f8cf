package org.shopfront.shared;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns an error into what the caller can read: an RFC 9457 problem detail for API
 * clients (a path under {@code /api}, or an {@code Accept} header that asks for JSON and
 * not HTML), a page in the layout for people. Only message-bundle text is shown, never an
 * exception's. Not a bean of its own: the error handlers make one each, so that a
 * {@code @WebMvcTest} slice, which takes controller advice but no plain components, still
 * answers errors as the application does.
 */
class ErrorResponses {

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final MessageSource messages;

	ErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether the request came from an API client rather than a browser. */
	static boolean isApi(HttpServletRequest request) {
		if (uri(request).startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
		}
		catch (RuntimeException ex) {
			return false;
		}
		boolean html = accepted.stream().anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML));
		boolean json = accepted.stream()
			.anyMatch((type) -> !type.isWildcardType()
					&& (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(PROBLEM_JSON)));
		return json && !html;
	}

	/** The path the caller asked for, also while Boot forwards to the error page. */
	static String uri(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return original instanceof String path ? path : request.getRequestURI();
	}

	/** A problem detail or a page for {@code status}, saying the message {@code key}. */
	Object respond(HttpStatus status, String key, Object[] args, HttpServletRequest request, Locale locale) {
		return isApi(request) ? problem(status, key, args, Map.of(), request, locale) : page(status, key, args, locale);
	}

	ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object[] args, Map<String, ?> properties,
			HttpServletRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key, args, locale));
		problem.setTitle(message("error." + status.value() + ".title", null, locale, status.getReasonPhrase()));
		problem.setInstance(URI.create(safePath(uri(request))));
		properties.forEach(problem::setProperty);
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
	}

	ModelAndView page(HttpStatus status, String key, Object[] args, Locale locale) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("heading", message("error." + status.value() + ".title", null, locale,
				message("error.generic.title", null, locale)));
		page.addObject("detail", message(key, args, locale));
		return page;
	}

	String message(String key, Object[] args, Locale locale) {
		return message(key, args, locale, this.messages.getMessage("error.generic.text", null, locale));
	}

	private String message(String key, Object[] args, Locale locale, String fallback) {
		return this.messages.getMessage(key, args, fallback, locale);
	}

	/** The path as a URI, or nothing when it cannot be one (it came in malformed). */
	private static String safePath(String path) {
		try {
			return URI.create(path).getRawPath() == null ? "" : path;
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
