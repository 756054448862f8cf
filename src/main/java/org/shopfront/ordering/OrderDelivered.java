package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.catalog.OfferingId;
import org.shopfront.people.UserId;

/** A fulfiller delivered an order; its lead time runs from placing to this moment. */
public record OrderDelivered(OrderId orderId, UserId customerId, OfferingId offeringId, Instant placedAt,
		Instant deliveredAt) {
}
