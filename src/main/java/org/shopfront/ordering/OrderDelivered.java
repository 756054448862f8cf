package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.catalog.OfferingId;

/** A fulfiller delivered an order; its lead time runs from placing to this moment. */
public record OrderDelivered(OrderReference order, OfferingId offeringId, OrderUnits units, Instant placedAt,
		Instant deliveredAt) {

	static OrderDelivered of(Order delivered, OrderUnits units) {
		return new OrderDelivered(OrderReference.of(delivered), delivered.offeringId(), units, delivered.placedAt(),
				delivered.deliveredAt());
	}

	public OrderId orderId() {
		return this.order.id();
	}

}
