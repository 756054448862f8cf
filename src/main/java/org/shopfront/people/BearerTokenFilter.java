package org.shopfront.people;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs API calls in with {@code Authorization: Bearer <token>}, and refuses a call that
 * its token's scopes do not cover. It sits after Spring Security's exception translation,
 * so that a bad token (401), a throttled address (429) and a route outside the scopes
 * (403) are answered by the chain's own entry point and access-denied handler, like every
 * other refusal. Unknown tokens count as failed sign-ins of the client's address.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final TokenSignIn tokens;

	private final SignInThrottle throttle;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(TokenSignIn tokens, SignInThrottle throttle) {
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		Duration wait = this.throttle.waitFor(null, address);
		if (!wait.isZero()) {
			throw SignInThrottled.forAnother(wait);
		}
		TokenSignIn.Holder holder = this.tokens.signIn(header.substring(BEARER.length()).strip()).orElse(null);
		if (holder == null) {
			this.throttle.failed(null, address);
			throw new BadCredentialsException("Unknown, expired or revoked API token");
		}
		TokenAuthentication authentication = new TokenAuthentication(holder.user(), holder.token().scopes());
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		if (authentication.scopes().stream().noneMatch(scope -> scope.allows(request))) {
			throw new AccessDeniedException("The token's scopes do not cover this call");
		}
		chain.doFilter(request, response);
	}

}
