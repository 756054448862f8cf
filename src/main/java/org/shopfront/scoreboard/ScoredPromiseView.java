package org.shopfront.scoreboard;

import java.time.Instant;
import java.util.UUID;

/**
 * One promise behind a scoreboard figure.
 *
 * @param lateHours how late it was delivered, for a broken promise delivered late
 * @param warningHours how long before its due time the customer was warned, for a promise
 * that did not hold
 * @param saidKept whether the customer said we kept it, or null
 * @param satisfaction the customer's 1 to 5, or null
 */
public record ScoredPromiseView(UUID promiseId, UUID orderId, String what, Instant due, Instant warnedAt,
		Instant closedAt, String outcome, Double lateHours, Double warningHours, Boolean saidKept,
		Integer satisfaction) {

}
