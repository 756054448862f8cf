package org.shopfront.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import org.shopfront.shared.SignedTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-time link that lets whoever reads the log of a fresh install choose the first
 * administrator: signed with a key all nodes share, expiring, and dead as soon as an
 * administrator exists.
 */
@Component
class SetupLinks {

	private static final SecureRandom random = new SecureRandom();

	private final SignedTokens tokens;

	private final Duration validFor;

	private final String baseUrl;

	SetupLinks(JdbcClient jdbc, Clock clock, @Value("${shopfront.admin.setup-link-valid-for:24h}") Duration validFor,
			@Value("${shopfront.notify.base-url:http://localhost:8080}") String baseUrl) {
		this.tokens = SignedTokens.withSharedKey(jdbc, "first-admin-setup", clock);
		this.validFor = validFor;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String newLink() {
		byte[] nonce = new byte[16];
		random.nextBytes(nonce);
		return this.baseUrl + "/setup/" + this.tokens.sign(nonce, this.validFor);
	}

	boolean valid(String token) {
		return this.tokens.verify(token).isPresent();
	}

	Duration validFor() {
		return this.validFor;
	}

}
