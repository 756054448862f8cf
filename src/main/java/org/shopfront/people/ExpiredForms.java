package org.shopfront.people;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A form sent with a missing or stale token (the session behind it expired, or the person
 * signed out and in meanwhile) is not "for another role": the person is asked to sign in
 * again. Every other refusal is the plain 403 page.
 */
@Component
class ExpiredForms implements AccessDeniedHandler {

	static final String SIGN_IN_AGAIN = "/login?expired";

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!(denied instanceof CsrfException)) {
			this.forbidden.handle(request, response, denied);
			return;
		}
		String target = request.getContextPath() + SIGN_IN_AGAIN;
		if (request.getHeader("HX-Request") != null) {
			// htmx follows this header with a full page load instead of swapping a
			// fragment.
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		response.sendRedirect(target);
	}

}
