package org.shopfront.people;

import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.stereotype.Component;

/**
 * How API clients sign in: a bearer token ({@code Authorization: Bearer sft_…}) always,
 * and HTTP basic with a local account's password only where
 * {@code shopfront.api.basic-auth} is on (the demo). Refusals answer 401 naming the
 * schemes, or 429 when throttled.
 */
@Component
class ApiSignIn {

	private final TokenSignIn tokens;

	private final SignInThrottle throttle;

	private final SignInRefusals refusals;

	private final boolean basicAuth;

	ApiSignIn(TokenSignIn tokens, SignInThrottle throttle, MessageSource messages, ObjectMapper json,
			SignInProperties signIn, @Value("${shopfront.api.basic-auth:false}") boolean basicAuth) {
		this.tokens = tokens;
		this.throttle = throttle;
		this.basicAuth = basicAuth && signIn.localAccounts();
		this.refusals = new SignInRefusals(challenge(this.basicAuth), messages, json);
	}

	void applyTo(HttpSecurity http) throws Exception {
		http.addFilterAfter(new BearerTokenFilter(this.tokens, this.throttle), ExceptionTranslationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(this.refusals));
		if (this.basicAuth) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(this.refusals));
		}
	}

	/**
	 * The entry point for HTTP basic on pages, so that a throttled page client also gets
	 * 429.
	 */
	AuthenticationEntryPoint refusals() {
		return this.refusals;
	}

	boolean basicAuth() {
		return this.basicAuth;
	}

	private static AuthenticationEntryPoint challenge(boolean basic) {
		return (request, response, refusal) -> {
			response.addHeader("WWW-Authenticate", "Bearer");
			if (basic) {
				response.addHeader("WWW-Authenticate", "Basic realm=\"Shopfront\"");
			}
			response.sendError(HttpStatus.UNAUTHORIZED.value());
		};
	}

}
