package org.shopfront.scoreboard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.shopfront.people.ShopfrontUser;

/**
 * One promise behind a scoreboard figure.
 *
 * @param lateHours how late it was delivered, for a broken promise delivered late
 * @param warningHours how long before its due time the customer was warned, for a promise
 * that did not hold
 * @param promiseId null for readers outside IT
 * @param orderId null for readers outside IT
 * @param saidKept whether the customer said we kept it, or null (always for readers
 * outside IT)
 * @param satisfaction the customer's 1 to 5, or null (always for readers outside IT)
 */
public record ScoredPromiseView(UUID promiseId, UUID orderId, String what, Instant due, Instant warnedAt,
		Instant closedAt, String outcome, Double lateHours, Double warningHours, Boolean saidKept,
		Integer satisfaction) {

	/**
	 * The promise without what identifies its order or gives its customer's answer, for
	 * readers outside IT: the figures stay, the person behind them does not show.
	 */
	public ScoredPromiseView withoutCustomerDetails() {
		return new ScoredPromiseView(null, null, this.what, this.due, this.warnedAt, this.closedAt, this.outcome,
				this.lateHours, this.warningHours, null, null);
	}

	/** The promises as this reader may see them (null: an anonymous visitor). */
	static List<ScoredPromiseView> forReader(List<ScoredPromiseView> promises, ShopfrontUser reader) {
		if (reader != null && reader.worksInIt()) {
			return promises;
		}
		return promises.stream().map(ScoredPromiseView::withoutCustomerDetails).toList();
	}

}
