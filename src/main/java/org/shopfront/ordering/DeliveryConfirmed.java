package org.shopfront.ordering;

import java.time.Instant;

/** The customer confirmed they received what they ordered. */
public record DeliveryConfirmed(OrderReference order, Instant confirmedAt) {

	static DeliveryConfirmed of(Order confirmed) {
		return new DeliveryConfirmed(OrderReference.of(confirmed), confirmed.closedAt());
	}

	public OrderId orderId() {
		return this.order.id();
	}

}
