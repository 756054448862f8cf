package org.shopfront.promises;

/**
 * What the promised orders of one segment say about its forecasts, kept current as they
 * open, move on, finish and leave the window: for the lead time and for the promise, at
 * each of the {@link Levels}, the Kaplan–Meier estimate of how often it held. An open
 * order counts as censored at the score it has at least so far; a score beyond the levels
 * its curve reached counts as censored there, since the forecast at those levels was only
 * the longest time seen so far.
 */
final class SegmentCalibration {

	private final Tally time = new Tally();

	private final Tally promise = new Tally();

	private int sample;

	private long changes;

	private long estimated = -1;

	private Estimate estimate;

	/** Adds ({@code delta} 1) or removes (-1) what the order, as it is now, says. */
	void count(TrackedOrder order, int delta) {
		if (order.quantiles == null && !order.finished()) {
			return; // cancelled
		}
		boolean open = !order.finished();
		count(this.time, order.timeScore, open, order.reached, delta);
		count(this.promise, order.promiseScore, open, order.reached, delta);
		this.sample += delta;
		this.changes++;
	}

	private static void count(Tally tally, int score, boolean open, int reached, int delta) {
		boolean beyond = score >= reached;
		tally.count(beyond ? reached - 1 : score, !open && !beyond, delta);
	}

	Estimate estimate() {
		if (this.estimated != this.changes) {
			this.estimate = new Estimate(this.time.held(), this.promise.held(), this.sample);
			this.estimated = this.changes;
		}
		return this.estimate;
	}

	/**
	 * How often forecasts and promises held at each level, and the orders it rests on.
	 *
	 * @param time for each level k, the estimated share of orders done within the lead
	 * time forecast at level k
	 * @param promise the same for the promise due at that lead time
	 * @param sample the promised orders in the window, finished or open
	 */
	record Estimate(double[] time, double[] promise, int sample) {

	}

}
