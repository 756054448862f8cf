package org.shopfront.people;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers every page and API answer carries, beside Spring Security's
 * defaults (no sniffing, no framing, no caching of private pages, HSTS on HTTPS). The
 * Content-Security-Policy allows scripts, styles, fonts and connections from Shopfront
 * itself only: no inline script or style anywhere (a test scans the templates), images
 * also as {@code data:} URLs (Bootstrap draws its icons so). The referrer never leaves
 * Shopfront, so a link's token cannot leak to another site.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), interest-cohort=()";

	@Override
	public void customize(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

}
