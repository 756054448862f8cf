package org.shopfront.promises;

import java.time.Instant;

import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;

/**
 * A promise reached its outcome: kept, broken, renegotiated or cancelled.
 *
 * @param warnedAt when the customer was told it was at risk, or null if never
 */
public record PromiseClosed(PromiseId promiseId, OrderId orderId, UserId customerId, PromiseStatus outcome, Instant due,
		Instant closedAt, Instant warnedAt) {

	static PromiseClosed of(Promise p) {
		return new PromiseClosed(p.id(), p.orderId(), p.customerId(), p.status(), p.due(), p.closedAt(), p.atRiskAt());
	}

}
