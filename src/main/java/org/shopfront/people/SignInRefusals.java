package org.shopfront.people;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers API clients whose sign-in was throttled with 429, {@code Retry-After} and a
 * problem detail that says how long to wait; every other refusal goes to the delegate
 * (401 asking for HTTP basic or a bearer token).
 */
final class SignInRefusals implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint delegate;

	private final MessageSource messages;

	private final ObjectMapper json;

	SignInRefusals(AuthenticationEntryPoint delegate, MessageSource messages, ObjectMapper json) {
		this.delegate = delegate;
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException, ServletException {
		if (!(refusal instanceof SignInThrottled throttled)) {
			this.delegate.commence(request, response, refusal);
			return;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		String title = this.messages.getMessage("signIn.throttled.title", null, locale);
		String detail = this.messages.getMessage("signIn.throttled", new Object[] { throttled.minutes() }, locale);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.waitFor().toSeconds())));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		this.json.writeValue(response.getWriter(), problem);
	}

}
