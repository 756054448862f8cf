package org.shopfront.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.UserCache;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The accounts that signed in during the last half minute, so that an API client sending
 * HTTP basic with every call does not cost an account query per call. Entries are copies
 * (Spring Security erases the password hash of the principal it hands out) and expire
 * after {@link #TTL}; an admin's change to an account evicts it at once on this node, and
 * other nodes see it within the TTL. A failed password check against a cached entry makes
 * Spring Security reload the account from the database.
 */
@Component
class RecentAccounts implements UserCache {

	static final Duration TTL = Duration.ofSeconds(30);

	private static final int MAX_ENTRIES = 10_000;

	private record Entry(ShopfrontUser user, Instant expires) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	RecentAccounts(Clock clock) {
		this.clock = clock;
	}

	@Override
	public UserDetails getUserFromCache(String username) {
		Entry entry = this.entries.get(username);
		if (entry == null) {
			return null;
		}
		if (!entry.expires().isAfter(this.clock.instant())) {
			this.entries.remove(username, entry);
			return null;
		}
		return entry.user().copy();
	}

	@Override
	public void putUserInCache(UserDetails user) {
		if (!(user instanceof ShopfrontUser account) || account.getPassword() == null) {
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(account.getUsername(), new Entry(account.copy(), this.clock.instant().plus(TTL)));
	}

	@Override
	public void removeUserFromCache(String username) {
		this.entries.remove(username);
	}

	void clear() {
		this.entries.clear();
	}

}
