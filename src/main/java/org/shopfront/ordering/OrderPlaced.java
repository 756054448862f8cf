package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.catalog.DeliveryQuote;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UserId;

/**
 * A customer placed an order; it either waits for approval or goes to the queue. It
 * carries the delivery date the customer was promised when placing it.
 */
public record OrderPlaced(OrderId orderId, long orderNumber, UserId customerId, OfferingId offeringId, NeedId needId,
		ProviderId providerId, String offeringTitle, int quantity, boolean awaitingApproval, Instant placedAt,
		DeliveryQuote promise) {
}
