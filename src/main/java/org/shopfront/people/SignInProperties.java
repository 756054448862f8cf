package org.shopfront.people;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in ({@code shopfront.sign-in.*}).
 *
 * @param localAccounts whether local accounts sign in with a password (the form and HTTP
 * basic); off leaves single sign-on and API tokens
 * @param account throttling of failed sign-ins per account (defaults in
 * application.properties)
 * @param address throttling of failed sign-ins per client address, looser because many
 * people may share one address
 * @param firstDelay the wait after the first throttled failure; it doubles with each
 * further failure until the lock
 * @param forgetAfter failures are forgotten this long after the last one
 * @param recheck how long a node trusts what it last read of another node's failures
 * before reading them again (failures themselves are always written at once)
 */
@ConfigurationProperties("shopfront.sign-in")
record SignInProperties(@DefaultValue("true") boolean localAccounts, Rule account, Rule address,
		@DefaultValue("1s") Duration firstDelay, @DefaultValue("1h") Duration forgetAfter,
		@DefaultValue("5s") Duration recheck) {

	/**
	 * @param free failures allowed before any wait
	 * @param lockAfter failures after which the subject is locked for {@code lock}
	 * @param lock how long a lock lasts
	 */
	record Rule(int free, int lockAfter, Duration lock) {

	}

	/** How long a subject with this many failures must wait before the next attempt. */
	Duration waitAfter(int failures, Rule rule) {
		if (failures < rule.free()) {
			return Duration.ZERO;
		}
		if (failures >= rule.lockAfter()) {
			return rule.lock();
		}
		Duration wait = this.firstDelay.multipliedBy(1L << Math.min(30, failures - rule.free()));
		return wait.compareTo(rule.lock()) < 0 ? wait : rule.lock();
	}

}
