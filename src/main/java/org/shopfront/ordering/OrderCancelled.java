package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** The customer withdrew an order before work on it started. */
public record OrderCancelled(OrderId orderId, UserId customerId, Instant cancelledAt) {
}
