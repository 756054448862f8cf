package org.shopfront.ordering;

import java.time.Instant;

/** The customer withdrew an order: before work started, or when its promise broke. */
public record OrderCancelled(OrderReference order, OrderUnits units, Instant cancelledAt) {

	static OrderCancelled of(Order cancelled, OrderUnits units) {
		return new OrderCancelled(OrderReference.of(cancelled), units, cancelled.closedAt());
	}

	public OrderId orderId() {
		return this.order.id();
	}

}
