package org.shopfront.demand;

import java.util.UUID;

/** Identifies an option. */
public record OptionId(UUID value) {

	public OptionId {
		if (value == null) {
			throw new IllegalArgumentException("An id needs a value");
		}
	}

	public static OptionId random() {
		return new OptionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
