package org.shopfront.promises;

import java.time.Instant;

import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;

/**
 * A promise will probably break; the customer is to be called at once with a realistic
 * new date and alternatives (see {@link RetailerCalls}).
 *
 * @param reason why, in the fulfiller's words, or null when the forecast says so
 * @param chance the estimated chance of keeping the promise
 */
public record PromiseAtRisk(PromiseId promiseId, OrderId orderId, UserId customerId, String what, Instant due,
		Instant newDue, String reason, double chance, Instant at) {

	static PromiseAtRisk of(Promise p) {
		return new PromiseAtRisk(p.id(), p.orderId(), p.customerId(), p.what(), p.due(), p.newDue(), p.atRiskReason(),
				p.chance() == null ? 0 : p.chance(), p.atRiskAt());
	}

}
