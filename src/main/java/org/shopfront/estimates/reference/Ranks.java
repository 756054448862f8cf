package org.shopfront.estimates.reference;

import java.util.Arrays;

/**
 * Order statistics of the ratios of one reference class as they arrive: how many there
 * are, how many lie at or below a value, and the k-th smallest, each in logarithmic time
 * (a Fenwick tree over the class's values, all of which are known up front), so a replay
 * of any number of projects costs n log n rather than the n² of keeping a sorted list.
 */
final class Ranks {

	/** Every value the class will ever hold, sorted, each once. */
	private final double[] values;

	/** Fenwick tree of how many of each value have arrived (1-based). */
	private final int[] tree;

	private final int highestPower;

	private int size;

	Ranks(double[] possible) {
		this.values = Arrays.stream(possible).sorted().distinct().toArray();
		this.tree = new int[this.values.length + 1];
		this.highestPower = Integer.highestOneBit(Math.max(1, this.values.length));
	}

	/**
	 * Adds one value.
	 * @throws IllegalArgumentException if the value was not among the possible ones
	 */
	void add(double value) {
		int index = Arrays.binarySearch(this.values, value);
		if (index < 0) {
			throw new IllegalArgumentException(value + " is not a value this class was made for");
		}
		for (int i = index + 1; i < this.tree.length; i += i & -i) {
			this.tree[i]++;
		}
		this.size++;
	}

	int size() {
		return this.size;
	}

	/** How many values that arrived are at most the given one. */
	int atMost(double value) {
		int index = Arrays.binarySearch(this.values, value);
		int upTo = (index >= 0) ? index + 1 : -index - 1;
		int count = 0;
		for (int i = upTo; i > 0; i -= i & -i) {
			count += this.tree[i];
		}
		return count;
	}

	/**
	 * The k-th smallest value that arrived, 1-based.
	 * @throws IllegalArgumentException unless 1 ≤ k ≤ size
	 */
	double kth(int k) {
		if (k < 1 || k > this.size) {
			throw new IllegalArgumentException("rank " + k + " of " + this.size);
		}
		int position = 0;
		int remaining = k;
		for (int step = this.highestPower; step > 0; step >>= 1) {
			int next = position + step;
			if (next < this.tree.length && this.tree[next] < remaining) {
				position = next;
				remaining -= this.tree[next];
			}
		}
		return this.values[position];
	}

}
