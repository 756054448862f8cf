package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** The customer's manager rejected an order, with a reason. */
public record OrderRejected(OrderId orderId, UserId customerId, UserId approverId, String reason, Instant rejectedAt) {
}
