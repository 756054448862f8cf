package org.shopfront.feedback;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.SignedTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links that open a survey or a trust pulse question without signing in.
 * A token names the kind of question, the question and the person asked, so a link
 * answers only that person's question; it works once because answering sets the
 * question's {@code answered_at}, after which the link is refused.
 */
@Component
class FeedbackLinks {

	private static final String SECRET_NAME = "feedback-links";

	private static final byte SURVEY = 1;

	private static final byte PULSE = 2;

	private static final int PAYLOAD = 1 + 16 + 16;

	private final SignedTokens tokens;

	private final FeedbackProperties properties;

	FeedbackLinks(JdbcClient jdbc, Clock clock, FeedbackProperties properties) {
		this.tokens = SignedTokens.withSharedKey(jdbc, SECRET_NAME, clock);
		this.properties = properties;
	}

	/** Whose question a valid link opens. */
	record Opened(UUID question, UserId person) {
	}

	/** The path of the survey's page, without the pre-selected answer. */
	String survey(SurveyId survey, UserId customer) {
		return "/survey/" + token(SURVEY, survey.value(), customer);
	}

	String pulse(UUID question, UserId head) {
		return "/pulse/" + token(PULSE, question, head);
	}

	/** How many days a link works, for the mail. */
	long validDays() {
		return this.properties.linksValidFor().toDays();
	}

	Optional<Opened> readSurvey(String token) {
		return read(SURVEY, token);
	}

	Optional<Opened> readPulse(String token) {
		return read(PULSE, token);
	}

	private String token(byte kind, UUID question, UserId person) {
		ByteBuffer payload = ByteBuffer.allocate(PAYLOAD).put(kind);
		put(payload, question);
		put(payload, person.value());
		return this.tokens.sign(payload.array(), this.properties.linksValidFor());
	}

	private Optional<Opened> read(byte kind, String token) {
		return this.tokens.verify(token).filter(bytes -> bytes.length == PAYLOAD && bytes[0] == kind).map(bytes -> {
			ByteBuffer payload = ByteBuffer.wrap(bytes, 1, PAYLOAD - 1);
			UUID question = new UUID(payload.getLong(), payload.getLong());
			UUID person = new UUID(payload.getLong(), payload.getLong());
			return new Opened(question, new UserId(person));
		});
	}

	private static void put(ByteBuffer buffer, UUID id) {
		buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
	}

}
