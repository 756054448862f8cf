package org.shopfront.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.shopfront.people.SignInFailures.Failures;

import org.springframework.stereotype.Component;

/**
 * Slows password and token guessing: failed sign-ins are counted per account and per
 * client address, and past a few failures the next attempt must wait, longer after each
 * failure, until the account (or address) is locked for a while. A waiting attempt is
 * refused without checking its password, and tells how long to wait. The counts live in
 * the database so that every node sees them; to keep a successful sign-in cheap, a node
 * trusts what it last read for {@link SignInProperties#recheck()} (failures are always
 * counted in the database at once).
 */
@Component
class SignInThrottle {

	static final String ACCOUNT = "account:";

	static final String ADDRESS = "address:";

	private static final int MAX_KNOWN = 10_000;

	private static final int MAX_SUBJECT = 120;

	private record Known(Failures failures, Instant readAt) {
	}

	private final SignInFailures store;

	private final SignInProperties properties;

	private final Clock clock;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	SignInThrottle(SignInFailures store, SignInProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How long an attempt to sign in as the user name (null for a token) from the address
	 * (null when unknown) must still wait; zero when it may go ahead.
	 */
	Duration waitFor(String username, String address) {
		Instant now = this.clock.instant();
		List<String> subjects = subjects(username, address);
		List<String> stale = subjects.stream().filter(subject -> !fresh(subject, now)).toList();
		if (!stale.isEmpty()) {
			Map<String, Failures> read = this.store.find(stale);
			stale.forEach(subject -> remember(read.getOrDefault(subject, Failures.none(subject)), now));
		}
		Duration wait = Duration.ZERO;
		for (String subject : subjects) {
			Instant until = this.known.get(subject).failures().blockedUntil();
			if (until != null && until.isAfter(now)) {
				Duration left = Duration.between(now, until);
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		return wait;
	}

	/** Counts a failed attempt; returns how long the next attempt must wait. */
	Duration failed(String username, String address) {
		Instant now = this.clock.instant();
		Duration wait = Duration.ZERO;
		for (String subject : subjects(username, address)) {
			SignInProperties.Rule rule = subject.startsWith(ACCOUNT) ? this.properties.account()
					: this.properties.address();
			Failures counted = this.store.count(subject, now, this.properties.forgetAfter(),
					failures -> this.properties.waitAfter(failures, rule));
			remember(counted, now);
			if (counted.blockedUntil() != null) {
				Duration left = Duration.between(now, counted.blockedUntil());
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		return wait;
	}

	/** A successful sign-in forgets the account's failures (not the address's). */
	void succeeded(String username) {
		String subject = account(username);
		Known known = this.known.get(subject);
		if (known != null && known.failures().failures() > 0) {
			this.store.forget(subject);
			remember(Failures.none(subject), this.clock.instant());
		}
	}

	/** The admin lifts an account's wait or lock at once. */
	void unlock(String username) {
		String subject = account(username);
		this.store.forget(subject);
		this.known.remove(subject);
	}

	/** Accounts (lower-cased user names) that must wait, and until when. */
	Map<String, Instant> lockedAccounts() {
		return this.store.blocked(ACCOUNT, this.clock.instant())
			.stream()
			.collect(Collectors.toMap(f -> f.subject().substring(ACCOUNT.length()), Failures::blockedUntil));
	}

	private boolean fresh(String subject, Instant now) {
		Known known = this.known.get(subject);
		return known != null && known.readAt().plus(this.properties.recheck()).isAfter(now);
	}

	private void remember(Failures failures, Instant now) {
		if (this.known.size() >= MAX_KNOWN) {
			this.known.clear();
		}
		this.known.put(failures.subject(), new Known(failures, now));
	}

	private static List<String> subjects(String username, String address) {
		List<String> subjects = new ArrayList<>(2);
		if (username != null && !username.isBlank()) {
			subjects.add(account(username));
		}
		if (address != null && !address.isBlank()) {
			subjects.add(limit(ADDRESS + address));
		}
		return subjects;
	}

	private static String account(String username) {
		return limit(ACCOUNT + username.trim().toLowerCase(Locale.ROOT));
	}

	private static String limit(String subject) {
		return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
	}

}
