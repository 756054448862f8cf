package org.shopfront.notify;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(7));

	@Test
	void doublesThePauseAfterEachFailure() {
		assertThat(this.backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.backoff.after(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.backoff.after(7)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void neverPausesLongerThanTheLongestPause() {
		assertThat(this.backoff.after(8)).isEqualTo(Duration.ofHours(1));
		assertThat(this.backoff.after(1_000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void givesUpOnlyWhenTheNoticeIsOlderThanTheLimit() {
		Instant created = Instant.parse("2026-11-30T08:00:00Z");
		assertThat(this.backoff.givesUp(created, created.plus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
		assertThat(this.backoff.givesUp(created, created.plus(Duration.ofDays(7)))).isTrue();
	}

}
