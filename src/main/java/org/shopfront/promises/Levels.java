package org.shopfront.promises;

import java.util.function.IntPredicate;

/**
 * The quantile levels calibration looks at: 1/{@value #COUNT}, 2/{@value #COUNT}, … 1. An
 * order promised from evidence keeps the lead times its segment's curve gave at each
 * level when it was quoted, so that once it finishes its scores say at which levels a
 * promise would have held.
 */
final class Levels {

	static final int COUNT = 200;

	private static final double[] ALL = new double[COUNT];

	static {
		for (int k = 0; k < COUNT; k++) {
			ALL[k] = level(k);
		}
	}

	private Levels() {
	}

	/** The k-th level (from 0). */
	static double level(int k) {
		return (k + 1) / (double) COUNT;
	}

	/** The curve's lead time (upper bin edge) at every level, in one pass. */
	static float[] quantiles(SurvivalCurve curve) {
		return curve.quantiles(ALL);
	}

	/**
	 * How many levels the curve reaches: from there on its quantile is only the longest
	 * time observed so far (the history is too short to show it), so a forecast there
	 * says nothing about the level.
	 */
	static int reached(SurvivalCurve curve) {
		double lowest = curve.lowest();
		return countWhile(COUNT, (k) -> lowest <= 1 - level(k) + 1e-12);
	}

	/**
	 * How many of the first {@code n} indices satisfy a condition that holds for a first
	 * run of indices and then never again.
	 */
	static int countWhile(int n, IntPredicate holds) {
		int low = 0;
		int high = n;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (holds.test(middle)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
