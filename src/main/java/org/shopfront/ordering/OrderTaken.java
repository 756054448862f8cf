package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** A fulfiller took an order from the queue. */
public record OrderTaken(OrderReference order, UserId fulfillerId, String fulfillerName, Instant takenAt) {

	static OrderTaken of(Order taken, Viewer fulfiller, Instant at) {
		return new OrderTaken(OrderReference.of(taken), fulfiller.id(), fulfiller.name(), at);
	}

	public OrderId orderId() {
		return this.order.id();
	}

}
