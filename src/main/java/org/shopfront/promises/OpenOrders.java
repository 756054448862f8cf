package org.shopfront.promises;

import java.util.Arrays;

/**
 * The open orders of one segment, by start position on the business-hour clock, kept so
 * that the time each has taken so far can be counted per lead time bin quickly: a plain
 * scan for a few orders, and for many a Fenwick tree over the start-ordered slots, which
 * answers "how many open orders started by then" in O(log n) (560 bins × log n instead of
 * one logarithm per open order).
 */
final class OpenOrders {

	private static final int SCAN_BELOW = 512;

	/** One business minute, in hours. */
	private static final double TOLERANCE = 1.0 / 60;

	private final Segment owner;

	private double[] starts = new double[16];

	private TrackedOrder[] orders = new TrackedOrder[16];

	/** Fenwick tree (1-based) of live slots. */
	private int[] tree = new int[17];

	private int used;

	private int alive;

	/** Whether starts are ascending, as they are when orders are told as they open. */
	private boolean ascending = true;

	OpenOrders(Segment owner) {
		this.owner = owner;
	}

	int size() {
		return this.alive;
	}

	/**
	 * @return the slot of the order
	 */
	int add(TrackedOrder order) {
		if (this.used == this.starts.length) {
			makeRoom();
		}
		double start = order.start;
		if (this.used > 0 && start < this.starts[this.used - 1]) {
			// threads that read the clock in one order and take the lock in the other;
			// a few seconds of censoring time do not matter, a history told out of order
			// does
			this.ascending &= this.starts[this.used - 1] - start < TOLERANCE;
			start = this.ascending ? this.starts[this.used - 1] : start;
		}
		this.starts[this.used] = start;
		this.orders[this.used] = order;
		change(this.used, 1);
		this.alive++;
		return this.used++;
	}

	void remove(int slot) {
		this.orders[slot] = null;
		change(slot, -1);
		this.alive--;
	}

	/**
	 * Adds to {@code censored} the open orders per bin of the time they have taken at
	 * {@code position}.
	 */
	void countElapsed(double position, int[] censored) {
		if (!this.ascending || this.alive < SCAN_BELOW) {
			for (int slot = 0; slot < this.used; slot++) {
				if (this.orders[slot] != null) {
					censored[LeadTimeBins.of(position - this.starts[slot])]++;
				}
			}
			return;
		}
		int longer = this.alive;
		for (int bin = 0; bin < LeadTimeBins.COUNT - 1 && longer > 0; bin++) {
			int evenLonger = startedBy(position - LeadTimeBins.upper(bin));
			censored[bin] += longer - evenLonger;
			longer = evenLonger;
		}
		censored[LeadTimeBins.COUNT - 1] += longer;
	}

	/** Open orders that started at or before the position. */
	private int startedBy(double position) {
		int low = 0;
		int high = this.used;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.starts[middle] <= position) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		int count = 0;
		for (int i = low; i > 0; i -= i & -i) {
			count += this.tree[i];
		}
		return count;
	}

	private void change(int slot, int delta) {
		for (int i = slot + 1; i < this.tree.length; i += i & -i) {
			this.tree[i] += delta;
		}
	}

	/** Drops the slots of finished orders, or grows when most slots are live. */
	private void makeRoom() {
		int capacity = (this.alive * 2 > this.used) ? this.used * 2 : this.used;
		double[] starts = new double[capacity];
		TrackedOrder[] orders = new TrackedOrder[capacity];
		int kept = 0;
		for (int slot = 0; slot < this.used; slot++) {
			TrackedOrder order = this.orders[slot];
			if (order != null) {
				starts[kept] = this.starts[slot];
				orders[kept] = order;
				order.slots[order.indexOf(this.owner)] = kept;
				kept++;
			}
		}
		this.starts = starts;
		this.orders = orders;
		this.used = kept;
		this.tree = new int[capacity + 1];
		for (int i = 1; i <= capacity; i++) {
			this.tree[i] += (i <= kept) ? 1 : 0;
			int parent = i + (i & -i);
			if (parent <= capacity) {
				this.tree[parent] += this.tree[i];
			}
		}
	}

	@Override
	public String toString() {
		return "OpenOrders" + Arrays.toString(Arrays.copyOf(this.starts, this.used));
	}

}
