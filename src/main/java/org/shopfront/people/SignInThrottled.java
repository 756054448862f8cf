package org.shopfront.people;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because of too many failed attempts for the account or from the
 * address: the password was not even checked. Says how long to wait.
 */
final class SignInThrottled extends LockedException {

	private final Duration wait;

	private SignInThrottled(Duration wait) {
		super("Too many failed sign-ins; wait " + wait);
		this.wait = wait;
	}

	static SignInThrottled forAnother(Duration wait) {
		return new SignInThrottled(wait);
	}

	Duration waitFor() {
		return this.wait;
	}

	/** The wait in whole minutes, at least one, as people are told. */
	long minutes() {
		return Math.max(1, (this.wait.toSeconds() + 59) / 60);
	}

}
