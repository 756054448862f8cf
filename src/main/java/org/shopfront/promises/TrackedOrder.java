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

	int indexOf(Segment segment) {
		for (int i = 0; i < this.segments.length; i++) {
			if (this.segments[i] == segment) {
				return i;
			}
		}
		throw new IllegalStateException("Order " + this.id + " is not in segment " + segment.key());
	}

}
