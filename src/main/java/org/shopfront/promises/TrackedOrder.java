package org.shopfront.promises;

import java.time.Instant;

/**
 * An order the forecaster knows about: when it opened, the segments it counts in and,
 * once finished, its lead time bin.
 */
final class TrackedOrder {

	final Object id;

	final Instant opened;

	/** Opening time on the business-hour clock of {@link BusinessCalendar#position}. */
	final double start;

	final Segment[] segments;

	/**
	 * Position in each segment's list of open orders; -1 once finished or expired there.
	 */
	final int[] slots;

	int bin = -1;

	/**
	 * Index of the segment its promise was quoted from; -1 while it has no promise from
	 * evidence.
	 */
	int quotedFrom = -1;

	/** While open: the lead time at each of the {@link Levels} when it was promised. */
	float[] quantiles;

	/** How many of the levels its promise's curve reached ({@link Levels#reached}). */
	int reached;

	/**
	 * Its {@link Scoring} scores: once finished, what they are; while open, what they are
	 * at least so far.
	 */
	int timeScore;

	int promiseScore;

	TrackedOrder(Object id, Instant opened, double start, Segment[] segments) {
		this.id = id;
		this.opened = opened;
		this.start = start;
		this.segments = segments;
		this.slots = new int[segments.length];
	}

	boolean finished() {
		return this.bin >= 0;
	}

	/** Whether its outcome calibrates the segment at that index of its segments. */
	boolean calibrates(int index) {
		return this.quotedFrom >= 0 && this.reached > 0 && index >= this.quotedFrom;
	}

	/**
	 * Makes a change to what the order says about calibration (its scores, or its being
	 * open) in every segment it is open in and calibrates.
	 */
	void recount(Runnable change) {
		count(-1);
		change.run();
		count(1);
	}

	private void count(int delta) {
		for (int i = 0; i < this.segments.length; i++) {
			if (this.slots[i] >= 0 && calibrates(i)) {
				this.segments[i].calibration().count(this, delta);
			}
		}
	}

	int indexOf(Segment segment) {
		for (int i = 0; i < this.segments.length; i++) {
			if (this.segments[i] == segment) {
				return i;
			}
		}
		throw new IllegalStateException("Order " + this.id + " is not in segment " + segment.key());
	}

}
