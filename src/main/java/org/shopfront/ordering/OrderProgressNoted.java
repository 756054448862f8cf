package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** A fulfiller told the customer how the order is going. */
public record OrderProgressNoted(OrderId orderId, UserId customerId, UserId fulfillerId, String note, Instant notedAt) {
}
