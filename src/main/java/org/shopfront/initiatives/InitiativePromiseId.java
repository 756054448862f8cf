package org.shopfront.initiatives;

import java.util.UUID;

/** Identifies one promise of an initiative (a re-plan makes a new one). */
public record InitiativePromiseId(UUID value) {

	public InitiativePromiseId {
		if (value == null) {
			throw new IllegalArgumentException("An id needs a value");
		}
	}

	public static InitiativePromiseId random() {
		return new InitiativePromiseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
