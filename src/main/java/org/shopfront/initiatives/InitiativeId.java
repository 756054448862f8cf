package org.shopfront.initiatives;

import java.util.UUID;

/** Identifies an initiative. */
public record InitiativeId(UUID value) {

	public InitiativeId {
		if (value == null) {
			throw new IllegalArgumentException("An id needs a value");
		}
	}

	public static InitiativeId random() {
		return new InitiativeId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
