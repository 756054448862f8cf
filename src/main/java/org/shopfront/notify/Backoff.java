package org.shopfront.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed delivery again: the first retry after a short pause, each further
 * one after twice the pause before, never more than the longest pause; and when to give
 * up altogether.
 */
record Backoff(Duration first, Duration max, Duration giveUpAfter) {

	static Backoff of(NotifyProperties.Delivery delivery) {
		return new Backoff(delivery.firstRetry(), delivery.maxRetry(), delivery.giveUpAfter());
	}

	/** The pause after the given number of failed attempts (one or more). */
	Duration after(int failedAttempts) {
		Duration pause = this.first;
		for (int i = 1; i < failedAttempts && pause.compareTo(this.max) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return (pause.compareTo(this.max) > 0) ? this.max : pause;
	}

	/** Whether a notice created then is too old to try again now. */
	boolean givesUp(Instant created, Instant now) {
		return !now.isBefore(created.plus(this.giveUpAfter));
	}

}
