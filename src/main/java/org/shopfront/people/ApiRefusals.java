package org.shopfront.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The API's 401 and 403 as problem details: the security filters hand the refusal to the
 * web error handling (shared.RequestErrors), which answers it like every other error.
 */
@Component
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver errors;

	ApiRefusals(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		this.errors = errors;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) {
		this.errors.resolveException(request, response, null, refused);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
		this.errors.resolveException(request, response, null, denied);
	}

}
