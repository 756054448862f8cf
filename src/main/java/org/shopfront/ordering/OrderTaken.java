package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** A fulfiller took an order from the queue. */
public record OrderTaken(OrderId orderId, UserId customerId, UserId fulfillerId, Instant takenAt) {
}
