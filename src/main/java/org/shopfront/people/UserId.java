package org.shopfront.people;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a person. */
public record UserId(UUID value) implements Serializable {

	public UserId {
		if (value == null) {
			throw new IllegalArgumentException("A user id needs a value");
		}
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
