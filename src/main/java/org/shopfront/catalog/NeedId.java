package org.shopfront.catalog;

import java.util.UUID;

/** Identifies a need. */
public record NeedId(UUID value) {

	public NeedId {
		if (value == null) {
			throw new IllegalArgumentException("An id needs a value");
		}
	}

	public static NeedId random() {
		return new NeedId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
