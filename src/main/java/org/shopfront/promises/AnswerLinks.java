package org.shopfront.promises;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.shopfront.catalog.OfferingId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring answer links for retailer-call mails, so that a customer can answer
 * with one click and without signing in. A token names the promise, the answer and its
 * expiry, and carries an HMAC-SHA256 over them; it is single-use because an answer closes
 * the at-risk promise, after which every link for it is refused. The key comes from
 * {@code shopfront.promises.link-secret} or, when that is empty, is generated once and
 * shared by all nodes through the database.
 */
@Component
class AnswerLinks {

	private static final String SECRET_NAME = "promise-answer-links";

	private static final int PAYLOAD = 16 + 1 + 16 + 8;

	private final byte[] key;

	private final PromisesProperties properties;

	private final Clock clock;

	AnswerLinks(PromisesProperties properties, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		String secret = properties.linkSecret().isBlank() ? sharedSecret(jdbc) : properties.linkSecret();
		this.key = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** What a valid link asks for. */
	record Link(PromiseId promise, Answer answer, OfferingId alternative) {
	}

	/** The path of a link that answers {@code answer} for the promise. */
	String path(PromiseId promise, Answer answer, OfferingId alternative) {
		ByteBuffer payload = ByteBuffer.allocate(PAYLOAD);
		put(payload, promise.value());
		payload.put((byte) answer.ordinal());
		put(payload, alternative == null ? new UUID(0, 0) : alternative.value());
		payload.putLong(this.clock.instant().plus(this.properties.answerLinksValidFor()).getEpochSecond());
		byte[] bytes = payload.array();
		return "/answers/" + encode(bytes) + "." + encode(sign(bytes));
	}

	/** The link's request, or empty when the token was tampered with or has expired. */
	Optional<Link> read(String token) {
		int dot = token.indexOf('.');
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
		if (bytes.length != PAYLOAD || !MessageDigest.isEqual(sign(bytes), signature)) {
			return Optional.empty();
		}
		ByteBuffer payload = ByteBuffer.wrap(bytes);
		UUID promise = new UUID(payload.getLong(), payload.getLong());
		int answer = payload.get();
		UUID alternative = new UUID(payload.getLong(), payload.getLong());
		Instant expires = Instant.ofEpochSecond(payload.getLong());
		if (!this.clock.instant().isBefore(expires) || answer < 0 || answer >= Answer.values().length) {
			return Optional.empty();
		}
		return Optional.of(new Link(new PromiseId(promise), Answer.values()[answer],
				alternative.getMostSignificantBits() == 0 && alternative.getLeastSignificantBits() == 0 ? null
						: new OfferingId(alternative)));
	}

	private byte[] sign(byte[] bytes) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static void put(ByteBuffer buffer, UUID id) {
		buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The key every node shares: the first node to start stores a random one. */
	private static String sharedSecret(JdbcClient jdbc) {
		Optional<String> stored = read(jdbc);
		if (stored.isPresent()) {
			return stored.get();
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		try {
			jdbc.sql("insert into shared_secret (name, secret) values (:name, :secret)")
				.param("name", SECRET_NAME)
				.param("secret", Base64.getEncoder().encodeToString(random))
				.update();
		}
		catch (DuplicateKeyException anotherNodeWasFaster) {
			// fine: read theirs below
		}
		return read(jdbc).orElseThrow();
	}

	private static Optional<String> read(JdbcClient jdbc) {
		return jdbc.sql("select secret from shared_secret where name = :name")
			.param("name", SECRET_NAME)
			.query(String.class)
			.optional();
	}

}
