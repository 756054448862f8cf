package org.shopfront.listening;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} is stopped before any
 * controller sees it; this says so in plain words, with the limit, instead of an error
 * page. Tomcat must swallow the rest of the upload for the answer to arrive
 * ({@code server.tomcat.max-swallow-size=-1}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

	private final String limit;

	UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:1MB}") String limit) {
		this.limit = limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
		ModelAndView page = new ModelAndView("listening/too-large");
		page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("limit", this.limit);
		return page;
	}

}
