package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UserId;

/**
 * An order as history sees it: what was ordered, when, and when it arrived or was closed
 * without arriving.
 *
 * @param deliveredAt when it arrived; null while open or when it never did
 * @param closedAt when it was rejected or cancelled; null otherwise
 */
public record PastOrder(OrderId id, UserId customerId, OfferingId offeringId, NeedId needId, ProviderId providerId,
		String offeringTitle, Instant placedAt, Instant deliveredAt, Instant closedAt) {

}
