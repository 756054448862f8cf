package org.shopfront.painpoints.mining;

import java.util.Arrays;

/** A growable list of floats without boxing. */
final class FloatList {

	private float[] values = new float[64];

	private int size;

	void add(float value) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = value;
	}

	void clear() {
		this.size = 0;
	}

	float[] toArray() {
		return Arrays.copyOf(this.values, this.size);
	}

}
