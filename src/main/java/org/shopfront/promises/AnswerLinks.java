package org.shopfront.promises;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.catalog.OfferingId;
import org.shopfront.shared.SignedTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring answer links for retailer-call mails, so that a customer can answer
 * with one click and without signing in. A token names the promise, the answer and the
 * alternative, signed with its expiry by {@link SignedTokens}; it is single-use because
 * an answer closes the at-risk promise, after which every link for it is refused. The key
 * comes from {@code shopfront.promises.link-secret} or, when that is empty, is generated
 * once and shared by all nodes through the database.
 */
@Component
class AnswerLinks {

	private static final String SECRET_NAME = "promise-answer-links";

	private static final int PAYLOAD = 16 + 1 + 16;

	private final SignedTokens tokens;

	private final PromisesProperties properties;

	AnswerLinks(PromisesProperties properties, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.tokens = properties.linkSecret().isBlank() ? SignedTokens.withSharedKey(jdbc, SECRET_NAME, clock)
				: SignedTokens.withSecret(properties.linkSecret(), clock);
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
		return "/answers/" + this.tokens.sign(payload.array(), this.properties.answerLinksValidFor());
	}

	/** How many days a link works. */
	long validDays() {
		return this.properties.answerLinksValidFor().toDays();
	}

	/** The link's request, or empty when the token was tampered with or has expired. */
	Optional<Link> read(String token) {
		return this.tokens.verify(token).filter(bytes -> bytes.length == PAYLOAD).flatMap(bytes -> {
			ByteBuffer payload = ByteBuffer.wrap(bytes);
			UUID promise = new UUID(payload.getLong(), payload.getLong());
			int answer = payload.get();
			UUID alternative = new UUID(payload.getLong(), payload.getLong());
			if (answer < 0 || answer >= Answer.values().length) {
				return Optional.empty();
			}
			return Optional.of(new Link(new PromiseId(promise), Answer.values()[answer],
					alternative.getMostSignificantBits() == 0 && alternative.getLeastSignificantBits() == 0 ? null
							: new OfferingId(alternative)));
		});
	}

	private static void put(ByteBuffer buffer, UUID id) {
		buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
	}

}
