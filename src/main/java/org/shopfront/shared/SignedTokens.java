package org.shopfront.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signs bytes into expiring, tamper-proof tokens for links that work without signing in
 * (answers to a retailer call, delivery surveys, the trust pulse). A token is the payload
 * followed by its expiry, and an HMAC-SHA256 over both, each in URL-safe Base64. Use one
 * key per purpose, so that a token made for one kind of link is never accepted by
 * another. Single use is the caller's business: the state the link changes must refuse a
 * second answer.
 */
public final class SignedTokens {

	private final byte[] key;

	private final Clock clock;

	private SignedTokens(byte[] key, Clock clock) {
		this.key = key.clone();
		this.clock = clock;
	}

	/** Tokens signed with the given secret. */
	public static SignedTokens withSecret(String secret, Clock clock) {
		return new SignedTokens(secret.getBytes(StandardCharsets.UTF_8), clock);
	}

	/**
	 * Tokens signed with the key every node shares under this name in the
	 * {@code shared_secret} table; the first node to start stores a random one.
	 */
	public static SignedTokens withSharedKey(JdbcClient jdbc, String name, Clock clock) {
		return withSecret(sharedSecret(jdbc, name), clock);
	}

	/** A token for the payload that is valid for the given time from now. */
	public String sign(byte[] payload, Duration validFor) {
		byte[] bytes = ByteBuffer.allocate(payload.length + Long.BYTES)
			.put(payload)
			.putLong(this.clock.instant().plus(validFor).getEpochSecond())
			.array();
		return encode(bytes) + "." + encode(mac(bytes));
	}

	/**
	 * The payload of a token, or empty when it is malformed, tampered with or expired.
	 */
	public Optional<byte[]> verify(String token) {
		int dot = (token == null) ? -1 : token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		byte[] bytes;
		byte[] signature;
		try {
			bytes = Base64.getUrlDecoder().decode(token.substring(0, dot));
			signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (bytes.length < Long.BYTES || !MessageDigest.isEqual(mac(bytes), signature)) {
			return Optional.empty();
		}
		Instant expires = Instant
			.ofEpochSecond(ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong());
		if (!this.clock.instant().isBefore(expires)) {
			return Optional.empty();
		}
		return Optional.of(Arrays.copyOf(bytes, bytes.length - Long.BYTES));
	}

	private byte[] mac(byte[] bytes) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String sharedSecret(JdbcClient jdbc, String name) {
		Optional<String> stored = read(jdbc, name);
		if (stored.isPresent()) {
			return stored.get();
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		try {
			jdbc.sql("insert into shared_secret (name, secret) values (:name, :secret)")
				.param("name", name)
				.param("secret", Base64.getEncoder().encodeToString(random))
				.update();
		}
		catch (DuplicateKeyException anotherNodeWasFaster) {
			// fine: read theirs below
		}
		return read(jdbc, name).orElseThrow();
	}

	private static Optional<String> read(JdbcClient jdbc, String name) {
		return jdbc.sql("select secret from shared_secret where name = :name")
			.param("name", name)
			.query(String.class)
			.optional();
	}

}
