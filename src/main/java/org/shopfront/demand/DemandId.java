package org.shopfront.demand;

import java.util.UUID;

/** Identifies a demand. */
public record DemandId(UUID value) {

	public DemandId {
		if (value == null) {
			throw new IllegalArgumentException("An id needs a value");
		}
	}

	public static DemandId random() {
		return new DemandId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
