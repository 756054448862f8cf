package org.shopfront.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Finds who an API call's bearer token speaks for. A token found is remembered for
 * {@link #TTL} (an integration calls many times a minute: one lookup per call would cost
 * two queries), a revocation on this node forgets it at once, other nodes within the TTL.
 * Each token's last use is written at most once a minute per node.
 */
@Component
class TokenSignIn {

	static final Duration TTL = Duration.ofSeconds(30);

	private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private static final int MAX_ENTRIES = 10_000;

	/** A usable token and the person it speaks for. */
	record Holder(ApiToken token, ShopfrontUser user) {
	}

	private record Entry(Holder holder, Instant readAt) {
	}

	private final ApiTokens tokens;

	private final Users users;

	private final Clock clock;

	private final Map<String, Entry> recent = new ConcurrentHashMap<>();

	private final Map<UUID, Instant> useRecorded = new ConcurrentHashMap<>();

	TokenSignIn(ApiTokens tokens, Users users, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The holder of a usable token (not revoked, not expired, its owner enabled), or
	 * empty.
	 */
	Optional<Holder> signIn(String secret) {
		if (secret == null || !secret.startsWith(TokenSecrets.PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		String hash = TokenSecrets.hash(secret);
		Entry entry = this.recent.get(hash);
		if (entry == null || !entry.readAt().plus(TTL).isAfter(now)) {
			entry = new Entry(lookUp(hash).orElse(null), now);
			if (this.recent.size() >= MAX_ENTRIES) {
				this.recent.clear();
			}
			this.recent.put(hash, entry);
		}
		Optional<Holder> holder = Optional.ofNullable(entry.holder())
			.filter(h -> h.token().usableAt(now) && h.user().isEnabled());
		holder.ifPresent(h -> recordUse(h.token().id(), now));
		return holder;
	}

	/** Forgets a token at once on this node, after it was revoked. */
	void forget(UUID token) {
		this.recent.values().removeIf(entry -> entry.holder() != null && entry.holder().token().id().equals(token));
	}

	private Optional<Holder> lookUp(String hash) {
		return this.tokens.findByHash(hash)
			.flatMap(token -> this.users.findAccount(token.ownerId())
				.map(owner -> new Holder(token, owner.withPasswordHash(null).toPrincipal())));
	}

	private void recordUse(UUID token, Instant now) {
		Instant last = this.useRecorded.get(token);
		if (last != null && last.plus(USE_RECORDED_EVERY).isAfter(now)) {
			return;
		}
		if (this.useRecorded.size() >= MAX_ENTRIES) {
			this.useRecorded.clear();
		}
		this.useRecorded.put(token, now);
		this.tokens.used(token, now);
	}

}
