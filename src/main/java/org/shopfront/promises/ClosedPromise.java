package org.shopfront.promises;

import java.time.Instant;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;

/**
 * A promise whose outcome is known, as the track record reads it.
 *
 * @param warnedAt when the customer was told it was at risk, or null if never
 */
public record ClosedPromise(PromiseId id, OrderId orderId, UserId customerId, OfferingId offeringId, NeedId needId,
		ProviderId providerId, String what, Instant madeAt, Instant due, Instant warnedAt, Instant closedAt,
		PromiseStatus outcome) {

}
