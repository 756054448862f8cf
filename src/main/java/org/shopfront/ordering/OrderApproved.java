package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** The customer's manager approved an order. */
public record OrderApproved(OrderId orderId, UserId customerId, UserId approverId, Instant approvedAt) {
}
