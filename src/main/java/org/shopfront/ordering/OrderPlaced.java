package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.catalog.DeliveryQuote;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;

/**
 * A customer placed an order; it either waits for approval or goes to the queue. It
 * carries the delivery date the customer was promised when placing it.
 *
 * @param managerName who is asked to approve it, or null when it goes to the queue
 */
public record OrderPlaced(OrderReference order, OfferingId offeringId, NeedId needId, ProviderId providerId,
		boolean awaitingApproval, String managerName, Instant placedAt, DeliveryQuote promise) {

	static OrderPlaced of(Order placed, String managerName, DeliveryQuote promise) {
		boolean awaitingApproval = placed.status() == OrderStatus.AWAITING_APPROVAL;
		return new OrderPlaced(OrderReference.of(placed), placed.offeringId(), placed.needId(), placed.providerId(),
				awaitingApproval, awaitingApproval ? managerName : null, placed.placedAt(), promise);
	}

	public OrderId orderId() {
		return this.order.id();
	}

}
