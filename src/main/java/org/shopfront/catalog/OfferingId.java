package org.shopfront.catalog;

import java.util.UUID;

/** Identifies a offering. */
public record OfferingId(UUID value) {

	public OfferingId {
		if (value == null) {
			throw new IllegalArgumentException("An id needs a value");
		}
	}

	public static OfferingId random() {
		return new OfferingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
