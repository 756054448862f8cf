package org.shopfront.people;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An integration's key to the API, as stored: never the token itself, only its SHA-256
 * and the first characters, by which people recognise it in lists.
 */
record ApiToken(UUID id, UserId ownerId, String ownerName, String name, String prefix, Set<TokenScope> scopes,
		UserId createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

	ApiToken {
		scopes = Set.copyOf(scopes);
	}

	boolean usableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** For templates: the scopes' keys in a fixed order. */
	public String scopeKeys() {
		return TokenScope.format(this.scopes);
	}

}
