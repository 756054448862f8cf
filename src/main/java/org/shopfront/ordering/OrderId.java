package org.shopfront.ordering;

import java.util.UUID;

/** Identifies an order. */
public record OrderId(UUID value) {

	public OrderId {
		if (value == null) {
			throw new IllegalArgumentException("An order id needs a value");
		}
	}

	public static OrderId random() {
		return new OrderId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
