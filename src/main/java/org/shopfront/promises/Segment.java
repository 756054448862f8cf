package org.shopfront.promises;

import java.time.Instant;
import java.util.ArrayDeque;

/**
 * The recent orders of one segment (an offering, a need, a provider, everything): lead
 * time counts of the finished ones and the opening times of the open ones, updated as
 * orders open, finish and leave the window, so that a quote never reads a database.
 */
final class Segment {

	private final String key;

	private final int[] finished = new int[LeadTimeBins.COUNT];

	private int finishedCount;

	private final OpenOrders open = new OpenOrders(this);

	private final SegmentCalibration calibration = new SegmentCalibration();

	/** Members in order of opening, for leaving the window. */
	private final ArrayDeque<TrackedOrder> members = new ArrayDeque<>();

	private long version;

	private long cachedVersion = -1;

	private double cachedPosition = Double.NaN;

	private SurvivalCurve cached;

	Segment(String key) {
		this.key = key;
	}

	String key() {
		return this.key;
	}

	/** Orders in the window, finished or still open. */
	int sample() {
		return this.finishedCount + this.open.size();
	}

	int finishedCount() {
		return this.finishedCount;
	}

	SegmentCalibration calibration() {
		return this.calibration;
	}

	void open(TrackedOrder order, int index) {
		order.slots[index] = this.open.add(order);
		this.members.addLast(order);
		this.version++;
	}

	/**
	 * Moves an order that has just finished from the open ones to the lead time counts.
	 */
	void finish(TrackedOrder order, int index) {
		if (order.slots[index] < 0) {
			return;
		}
		removeOpen(order, index);
		this.finished[order.bin]++;
		this.finishedCount++;
		this.version++;
	}

	/** Forgets an order that was cancelled while open: it has no lead time. */
	void cancel(TrackedOrder order, int index) {
		if (order.slots[index] >= 0) {
			removeOpen(order, index);
			this.version++;
		}
	}

	/** Forgets the orders opened before {@code oldest}. */
	void expire(Instant oldest) {
		while (!this.members.isEmpty() && this.members.peekFirst().opened.isBefore(oldest)) {
			TrackedOrder order = this.members.pollFirst();
			int index = order.indexOf(this);
			boolean open = order.slots[index] >= 0;
			if ((open || order.finished()) && order.calibrates(index)) {
				this.calibration.count(order, -1);
			}
			if (open) {
				removeOpen(order, index);
			}
			else if (order.finished()) {
				this.finished[order.bin]--;
				this.finishedCount--;
			}
			this.version++;
		}
	}

	private void removeOpen(TrackedOrder order, int index) {
		this.open.remove(order.slots[index]);
		order.slots[index] = -1;
	}

	/**
	 * The Kaplan–Meier survival curve at the given business-hour position: finished
	 * orders are events, open ones censored at the time they have taken so far.
	 */
	SurvivalCurve curve(double position) {
		if (this.cachedVersion != this.version || this.cachedPosition != position) {
			this.cached = SurvivalCurve.kaplanMeier(this.finished, censored(position));
			this.cachedVersion = this.version;
			this.cachedPosition = position;
		}
		return this.cached;
	}

	/**
	 * The curve from finished orders only: what an estimator that ignores open orders
	 * sees.
	 */
	SurvivalCurve finishedOnlyCurve() {
		return SurvivalCurve.kaplanMeier(this.finished, new int[LeadTimeBins.COUNT]);
	}

	private int[] censored(double position) {
		int[] censored = new int[LeadTimeBins.COUNT];
		this.open.countElapsed(position, censored);
		return censored;
	}

}
