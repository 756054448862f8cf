package org.shopfront.people;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a business unit. */
public record UnitId(UUID value) implements Serializable {

	public UnitId {
		if (value == null) {
			throw new IllegalArgumentException("A unit id needs a value");
		}
	}

	public static UnitId random() {
		return new UnitId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
