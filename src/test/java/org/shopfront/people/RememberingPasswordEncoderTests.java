package org.shopfront.people;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** BCrypt with a short memory of recent successes, and never of failures. */
class RememberingPasswordEncoderTests {

	/** BCrypt at its lowest cost, counting how often it really checks. */
	static final class CountingEncoder implements PasswordEncoder {

		final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			return this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.checks.incrementAndGet();
			return this.bcrypt.matches(raw, encoded);
		}

	}

	final CountingEncoder bcrypt = new CountingEncoder();

	final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(this.bcrypt);

	@Test
	void encodesWithTheDelegate() {
		String hash = this.encoder.encode("correct horse");
		assertThat(hash).startsWith("$2a$04$");
		assertThat(this.bcrypt.bcrypt.matches("correct horse", hash)).isTrue();
	}

	@Test
	void remembersARecentSuccessInsteadOfRunningBcryptAgain() {
		String hash = this.encoder.encode("correct horse");
		assertThat(this.encoder.matches("correct horse", hash)).isTrue();
		assertThat(this.encoder.matches("correct horse", hash)).isTrue();
		assertThat(this.bcrypt.checks).hasValue(1);
	}

	@Test
	void neverRemembersAFailure() {
		String hash = this.encoder.encode("correct horse");
		assertThat(this.encoder.matches("wrong horse", hash)).isFalse();
		assertThat(this.encoder.matches("wrong horse", hash)).isFalse();
		assertThat(this.bcrypt.checks).hasValue(2);
	}

	@Test
	void aRememberedPasswordDoesNotOpenAnotherAccount() {
		String mine = this.encoder.encode("correct horse");
		String theirs = this.encoder.encode("battery staple");
		assertThat(this.encoder.matches("correct horse", mine)).isTrue();
		assertThat(this.encoder.matches("correct horse", theirs)).isFalse();
	}

	@Test
	void aChangedPasswordNoLongerMatchesTheOldOne() {
		String before = this.encoder.encode("correct horse");
		assertThat(this.encoder.matches("correct horse", before)).isTrue();
		String after = this.encoder.encode("battery staple");
		assertThat(this.encoder.matches("correct horse", after)).isFalse();
		assertThat(this.encoder.matches("battery staple", after)).isTrue();
	}

	@Test
	void rejectsMissingPasswordOrHash() {
		assertThat(this.encoder.matches(null, this.encoder.encode("x"))).isFalse();
		assertThat(this.encoder.matches("x", null)).isFalse();
		assertThat(this.bcrypt.checks).hasValue(0);
	}

	@Test
	void anotherEncoderInstanceRemembersNothing() {
		String hash = this.encoder.encode("correct horse");
		this.encoder.matches("correct horse", hash);
		RememberingPasswordEncoder fresh = new RememberingPasswordEncoder(this.bcrypt);
		assertThat(fresh.matches("correct horse", hash)).isTrue();
		assertThat(this.bcrypt.checks).hasValue(2);
	}

}
