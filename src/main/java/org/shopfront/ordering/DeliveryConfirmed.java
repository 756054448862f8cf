package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** The customer confirmed they received what they ordered. */
public record DeliveryConfirmed(OrderId orderId, UserId customerId, Instant confirmedAt) {
}
