package org.shopfront.promises;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The open orders that calibrate, in the order in which their scores will next grow: as
 * time passes an open order is known to need a higher level, for its lead time once it
 * has taken longer than the forecast at a level, for its promise once the promise at a
 * level has fallen due. Moving time on updates the segments' calibration counts.
 */
final class PromisesUnderWay {

	private final Scoring scoring;

	private final PriorityQueue<Waiting> time = new PriorityQueue<>(Comparator.comparingDouble(Waiting::at));

	private final PriorityQueue<Waiting> promise = new PriorityQueue<>(Comparator.comparingDouble(Waiting::at));

	PromisesUnderWay(Scoring scoring) {
		this.scoring = scoring;
	}

	/** An order's next growth, at a business-hour position. */
	private record Waiting(double at, TrackedOrder order) {
	}

	/** Starts watching an order promised when it opened, with its scores then. */
	void add(TrackedOrder order) {
		waitForTime(order);
		waitForPromise(order);
	}

	/**
	 * Brings the scores of open orders up to {@code position} ({@link Scoring#after}:
	 * {@code after}).
	 */
	void advance(double position, double after) {
		while (!this.time.isEmpty() && this.time.peek().at() < position) {
			TrackedOrder order = this.time.poll().order();
			if (order.quantiles != null) {
				int score = Scoring.timeScore(order.quantiles, position - order.start);
				order.recount(() -> order.timeScore = score);
				waitForTime(order);
			}
		}
		while (!this.promise.isEmpty() && this.promise.peek().at() < after) {
			TrackedOrder order = this.promise.poll().order();
			if (order.quantiles != null) {
				int score = this.scoring.promiseScore(order.quantiles, order.start, after);
				order.recount(() -> order.promiseScore = score);
				waitForPromise(order);
			}
		}
	}

	private void waitForTime(TrackedOrder order) {
		if (order.timeScore < order.reached - 1) {
			this.time.add(new Waiting(order.start + order.quantiles[order.timeScore], order));
		}
	}

	private void waitForPromise(TrackedOrder order) {
		if (order.promiseScore < order.reached - 1) {
			this.promise.add(new Waiting(this.scoring.due(order.start, order.quantiles[order.promiseScore]), order));
		}
	}

}
