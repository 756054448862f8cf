package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** A fulfiller told the customer how the order is going. */
public record OrderProgressNoted(OrderReference order, UserId fulfillerId, String fulfillerName, String note,
		Instant notedAt) {

	static OrderProgressNoted of(Order order, Viewer fulfiller, String note, Instant at) {
		return new OrderProgressNoted(OrderReference.of(order), fulfiller.id(), fulfiller.name(), note, at);
	}

	public OrderId orderId() {
		return this.order.id();
	}

}
