package org.shopfront.catalog;

import java.util.UUID;

/** Identifies a provider. */
public record ProviderId(UUID value) {

	public ProviderId {
		if (value == null) {
			throw new IllegalArgumentException("An id needs a value");
		}
	}

	public static ProviderId random() {
		return new ProviderId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
