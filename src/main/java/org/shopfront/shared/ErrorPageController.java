package org.shopfront.shared;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error page for whatever ends outside a controller: the security filters' 401 and
 * 403, the container's own 400 and 413, an exception no handler took (500). Answers like
 * every other error (see {@link ErrorResponses}) instead of Boot's JSON map; never shows
 * the exception.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ErrorResponses responses;

	ErrorPageController(MessageSource messages) {
		this.responses = new ErrorResponses(messages);
	}

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		if (status == HttpStatus.PAYLOAD_TOO_LARGE && !ErrorResponses.isApi(request)) {
			return new ModelAndView("error/413", status);
		}
		return this.responses.respond(status, "error." + status.value() + ".text", null, request, locale);
	}

	/** A client that accepts neither a page nor JSON gets the status alone. */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Void> notAcceptable(HttpServletRequest request) {
		return ResponseEntity.status(status(request)).build();
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for directly: there is no such page.
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
