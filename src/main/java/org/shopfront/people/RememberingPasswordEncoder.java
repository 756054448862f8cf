package org.shopfront.people;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, plus a short memory of recent successful checks. API clients send their
 * password with every request (HTTP basic); running BCrypt each time would cap the API at
 * a few dozen requests a second per core. A success is remembered for a few minutes as an
 * HMAC of the stored hash and the password under a key that lives only in this process,
 * so nothing reversible is kept and a changed password (a new hash) never matches an old
 * entry.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

	private static final long TTL_NANOS = Duration.ofMinutes(5).toNanos();

	private static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder delegate;

	private final byte[] key = new byte[32];

	private final Map<String, Long> verified = new ConcurrentHashMap<>();

	RememberingPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
		new SecureRandom().nextBytes(this.key);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		String fingerprint = fingerprint(rawPassword, encodedPassword);
		Long until = this.verified.get(fingerprint);
		long now = System.nanoTime();
		if (until != null && now - until < 0) {
			return true;
		}
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			if (this.verified.size() >= MAX_ENTRIES) {
				this.verified.clear();
			}
			this.verified.put(fingerprint, now + TTL_NANOS);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private String fingerprint(CharSequence raw, String encoded) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			mac.update(encoded.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
