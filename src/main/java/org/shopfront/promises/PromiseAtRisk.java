package org.shopfront.promises;

import java.time.Instant;

import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;

/**
 * A promise will probably break; the customer is to be called at once with a realistic
 * new date and alternatives (see {@link RetailerCalls}). Published when the promise turns
 * at risk, and again whenever a fulfiller gives it a new date and reason.
 *
 * @param reason why, in the fulfiller's words, or null when the forecast says so
 * @param chance the estimated chance of keeping the promise
 * @param at when the customer is told
 * @param flaggedBy the fulfiller who gave the reason and date, or null for the watch
 * @param retold whether the customer was told before about this promise (a fulfiller
 * changed the date or reason of a promise already at risk)
 */
public record PromiseAtRisk(PromiseId promiseId, OrderId orderId, UserId customerId, String what, Instant due,
		Instant newDue, String reason, double chance, Instant at, UserId flaggedBy, boolean retold) {

	/** The promise that has just turned at risk. */
	static PromiseAtRisk of(Promise p) {
		return of(p, p.atRiskAt(), false);
	}

	/** The promise at risk whose date or reason a fulfiller has just changed. */
	static PromiseAtRisk retold(Promise p, Instant at) {
		return of(p, at, true);
	}

	private static PromiseAtRisk of(Promise p, Instant at, boolean retold) {
		return new PromiseAtRisk(p.id(), p.orderId(), p.customerId(), p.what(), p.due(), p.newDue(), p.atRiskReason(),
				p.chance() == null ? 0 : p.chance(), at, p.flaggedBy(), retold);
	}

}
