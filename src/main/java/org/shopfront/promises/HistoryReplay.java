package org.shopfront.promises;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shopfront.ordering.OrderHistory;
import org.shopfront.ordering.PastOrder;

/**
 * Past orders as one time-ordered sequence of openings and endings (delivered, or closed
 * without delivery), so that a forecaster can be told the history as it happened.
 */
final class HistoryReplay {

	private HistoryReplay() {
	}

	/** An order opening (placed) or ending at {@code at}. */
	record Step(Instant at, PastOrder order, boolean opens) {

		List<String> segments() {
			return Forecasts.segments(this.order.offeringId(), this.order.needId(), this.order.providerId());
		}

	}

	/**
	 * The steps of every order placed since {@code since}, endings only up to
	 * {@code now}; at equal times openings come first.
	 */
	static List<Step> of(OrderHistory history, Instant since, Instant now) {
		List<Step> steps = new ArrayList<>();
		history.placedSince(since, order -> {
			steps.add(new Step(order.placedAt(), order, true));
			Instant end = (order.deliveredAt() != null) ? order.deliveredAt() : order.closedAt();
			if (end != null && !end.isAfter(now)) {
				steps.add(new Step(end, order, false));
			}
		});
		steps.sort(Comparator.comparing(Step::at).thenComparing(step -> !step.opens()));
		return steps;
	}

}
