package org.shopfront.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What an API token may be used for. A scope only narrows: the token's owner must still
 * be allowed the route by their roles.
 */
enum TokenScope {

	/** Every read of the API: {@code GET} and {@code HEAD} under {@code /api}. */
	READ(matcher(HttpMethod.GET, "/api/**"), matcher(HttpMethod.HEAD, "/api/**")),

	/**
	 * Placing and moving orders: {@code POST /api/orders} and
	 * {@code POST /api/orders/**}.
	 */
	ORDER(matcher(HttpMethod.POST, "/api/orders/**")),

	/** Pushing service desk tickets: {@code POST /api/listening/tickets}. */
	TICKETS(matcher(HttpMethod.POST, "/api/listening/tickets"));

	private final List<RequestMatcher> routes;

	TokenScope(RequestMatcher... routes) {
		this.routes = List.of(routes);
	}

	/**
	 * The scope's name in forms, the API docs and storage: {@code read}, {@code order}, …
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean allows(HttpServletRequest request) {
		return this.routes.stream().anyMatch(route -> route.matches(request));
	}

	static Optional<TokenScope> ofKey(String key) {
		for (TokenScope scope : values()) {
			if (scope.key().equals(key)) {
				return Optional.of(scope);
			}
		}
		return Optional.empty();
	}

	/** Scopes stored as their keys separated by spaces (unknown keys are dropped). */
	static Set<TokenScope> parse(String keys) {
		Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
		for (String key : keys.trim().split("\\s+")) {
			ofKey(key).ifPresent(scopes::add);
		}
		return scopes;
	}

	static String format(Set<TokenScope> scopes) {
		return scopes.stream().sorted().map(TokenScope::key).collect(Collectors.joining(" "));
	}

	private static RequestMatcher matcher(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

}
