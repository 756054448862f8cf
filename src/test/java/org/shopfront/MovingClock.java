package org.shopfront;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that tests move by hand, so that time-driven behaviour (promises coming due,
 * expiring links, retries) is tested without sleeping. Import {@link Config} to make it
 * the application's clock.
 */
public final class MovingClock extends Clock {

	private volatile Instant now;

	public MovingClock(Instant start) {
		this.now = start;
	}

	public void move(Duration by) {
		this.now = this.now.plus(by);
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	/** Makes a moving clock, starting at the real time, the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovingClock movingClock() {
			return new MovingClock(Instant.now());
		}

	}

}
