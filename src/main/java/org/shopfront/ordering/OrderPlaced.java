package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UserId;

/** A customer placed an order; it either waits for approval or goes to the queue. */
public record OrderPlaced(OrderId orderId, long orderNumber, UserId customerId, OfferingId offeringId, NeedId needId,
		ProviderId providerId, int quantity, boolean awaitingApproval, Instant placedAt) {
}
