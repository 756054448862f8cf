package org.shopfront.painpoints.mining;

/**
 * Rows of unit-length sparse vectors: for row i, values {@code vals[i]} at
 * {@code cols[i]}.
 */
record SparseRows(int[][] cols, float[][] vals, int dims) {

	int size() {
		return this.cols.length;
	}

	SparseRows subset(int[] rows) {
		int[][] c = new int[rows.length][];
		float[][] v = new float[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			c[i] = this.cols[rows[i]];
			v[i] = this.vals[rows[i]];
		}
		return new SparseRows(c, v, this.dims);
	}

}
