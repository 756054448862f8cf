package org.shopfront.shared;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;

import static org.assertj.core.api.Assertions.assertThat;

class SignedTokensTests {

	static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	final MovingClock clock = new MovingClock(Instant.parse("2026-03-09T09:00:00Z"));

	final SignedTokens tokens = SignedTokens.withSecret("a secret for tests", this.clock);

	final byte[] payload = "survey 42".getBytes(StandardCharsets.UTF_8);

	@Test
	void givesBackThePayloadOfAValidToken() {
		String token = this.tokens.sign(this.payload, Duration.ofDays(14));
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		assertThat(this.tokens.verify(token)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(this.payload));
	}

	@Test
	void refusesATokenOnceItExpires() {
		String token = this.tokens.sign(this.payload, Duration.ofDays(14));
		this.clock.move(Duration.ofDays(14).minusSeconds(1));
		assertThat(this.tokens.verify(token)).isPresent();
		this.clock.move(Duration.ofSeconds(1));
		assertThat(this.tokens.verify(token)).isEmpty();
	}

	@Test
	void refusesAnyChangedCharacter() {
		String token = this.tokens.sign(this.payload, Duration.ofDays(14));
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c == '.') {
				continue;
			}
			// Flip the highest of the character's six bits: the lowest ones of the last
			// character may be padding that decoding ignores.
			char flipped = ALPHABET.charAt(ALPHABET.indexOf(c) ^ 32);
			String changed = token.substring(0, i) + flipped + token.substring(i + 1);
			assertThat(this.tokens.verify(changed)).as("changed at %d", i).isEmpty();
		}
	}

	@Test
	void refusesTokensOfAnotherKeyAndGarbage() {
		String token = SignedTokens.withSecret("another secret", this.clock).sign(this.payload, Duration.ofDays(1));
		assertThat(this.tokens.verify(token)).isEmpty();
		assertThat(this.tokens.verify("not-a-token")).isEmpty();
		assertThat(this.tokens.verify("a.b")).isEmpty();
		assertThat(this.tokens.verify("!!.??")).isEmpty();
		assertThat(this.tokens.verify(null)).isEmpty();
	}

}
