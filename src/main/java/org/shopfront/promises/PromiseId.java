package org.shopfront.promises;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a promise. */
public record PromiseId(UUID value) implements Serializable {

	public static PromiseId random() {
		return new PromiseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
