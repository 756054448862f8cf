package org.shopfront.ordering;

import java.time.Instant;

/**
 * Where an order still under way stands against its promised date, as the lists flag it:
 * on track, at risk (the promises module expects it to be late and has told the
 * customer), or late (the date has passed).
 */
enum PromiseStanding {

	ON_TRACK, AT_RISK, LATE;

	/**
	 * The standing of an order, or null when it is no longer under way or has no date.
	 */
	static PromiseStanding of(OrderStatus status, Instant promisedBy, boolean atRisk, Instant now) {
		boolean underWay = status == OrderStatus.AWAITING_APPROVAL || status == OrderStatus.OPEN
				|| status == OrderStatus.IN_PROGRESS;
		if (!underWay || promisedBy == null) {
			return null;
		}
		if (now.isAfter(promisedBy)) {
			return LATE;
		}
		return atRisk ? AT_RISK : ON_TRACK;
	}

}
