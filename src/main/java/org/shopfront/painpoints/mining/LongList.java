package org.shopfront.painpoints.mining;

import java.util.Arrays;

/** A growable list of longs without boxing. */
final class LongList {

	private long[] values = new long[64];

	private int size;

	void add(long value) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = value;
	}

	int size() {
		return this.size;
	}

	void clear() {
		this.size = 0;
	}

	long[] toArray() {
		return Arrays.copyOf(this.values, this.size);
	}

	/**
	 * Sorts the list in place and returns its backing array (only the first size()
	 * count).
	 */
	long[] sorted() {
		Arrays.sort(this.values, 0, this.size);
		return this.values;
	}

}
