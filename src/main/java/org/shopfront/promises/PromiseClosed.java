package org.shopfront.promises;

import java.time.Instant;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderUnits;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * A promise reached its outcome: kept, broken, renegotiated or cancelled. It names what
 * the promise was about, so that the track record can count it without asking: the
 * offering, its need and provider, and the business units of the customer and of the
 * fulfiller who took the order.
 *
 * @param customerUnit the customer's business unit, or null
 * @param fulfillerUnit the business unit of the fulfiller who took the order, or null
 * @param warnedAt when the customer was told it was at risk, or null if never
 */
public record PromiseClosed(PromiseId promiseId, OrderId orderId, UserId customerId, String what, OfferingId offeringId,
		NeedId needId, ProviderId providerId, UnitId customerUnit, UnitId fulfillerUnit, PromiseStatus outcome,
		Instant due, Instant closedAt, Instant warnedAt) {

	static PromiseClosed of(Promise p, OrderUnits units) {
		return new PromiseClosed(p.id(), p.orderId(), p.customerId(), p.what(), p.offeringId(), p.needId(),
				p.providerId(), units.customer(), units.fulfiller(), p.status(), p.due(), p.closedAt(), p.atRiskAt());
	}

}
