package org.shopfront.people;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers every page and API answer carries, beside Spring Security's
 * defaults (no sniffing, no framing, no caching of private pages, HSTS on HTTPS). The
 * Content-Security-Policy allows scripts, styles, fonts and connections from Shopfront
 * itself only: no inline script or style anywhere (a test scans the templates), images
 * also as {@code data:} URLs (Bootstrap draws its icons so). The referrer never leaves
 * Shopfront, so a link's token cannot leak to another site. The one exception: the API
 * explorer's bundle needs inline styles.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The API explorer (Swagger UI, a third-party bundle) sets inline styles as it draws:
	 * there, and only there, styles may be inline; scripts stay Shopfront's own.
	 */
	static final String API_EXPLORER_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=()";

	private static final RequestMatcher API_EXPLORER = PathPatternRequestMatcher.withDefaults()
		.matcher("/swagger-ui/**");

	@Override
	public void customize(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_EXPLORER),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_EXPLORER,
					new ContentSecurityPolicyHeaderWriter(API_EXPLORER_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

}
