package org.shopfront.painpoints.mining;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values without boxing, for counting
 * millions of terms and term pairs.
 */
final class LongIntMap {

	private static final long EMPTY = Long.MIN_VALUE;

	private long[] keys;

	private int[] values;

	private int size;

	LongIntMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
		this.keys = new long[capacity];
		this.values = new int[capacity];
		Arrays.fill(this.keys, EMPTY);
	}

	int size() {
		return this.size;
	}

	/** The value of the key, or {@code missing}. */
	int get(long key, int missing) {
		int mask = this.keys.length - 1;
		for (int i = slot(key, mask);; i = (i + 1) & mask) {
			long k = this.keys[i];
			if (k == key) {
				return this.values[i];
			}
			if (k == EMPTY) {
				return missing;
			}
		}
	}

	void add(long key, int delta) {
		int mask = this.keys.length - 1;
		for (int i = slot(key, mask);; i = (i + 1) & mask) {
			long k = this.keys[i];
			if (k == key) {
				this.values[i] += delta;
				return;
			}
			if (k == EMPTY) {
				this.keys[i] = key;
				this.values[i] = delta;
				if (++this.size * 2 > this.keys.length) {
					grow();
				}
				return;
			}
		}
	}

	void put(long key, int value) {
		int old = get(key, Integer.MIN_VALUE);
		add(key, (old == Integer.MIN_VALUE) ? value : value - old);
	}

	/** Calls the visitor for each entry, in no particular order. */
	void forEach(Entry visitor) {
		for (int i = 0; i < this.keys.length; i++) {
			if (this.keys[i] != EMPTY) {
				visitor.accept(this.keys[i], this.values[i]);
			}
		}
	}

	private void grow() {
		long[] oldKeys = this.keys;
		int[] oldValues = this.values;
		this.keys = new long[oldKeys.length * 2];
		this.values = new int[oldKeys.length * 2];
		Arrays.fill(this.keys, EMPTY);
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				add(oldKeys[i], oldValues[i]);
			}
		}
	}

	private static int slot(long key, int mask) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

	/** A key and its value. */
	interface Entry {

		void accept(long key, int value);

	}

}
