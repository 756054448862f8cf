package org.shopfront.promises;

/**
 * Geometric bins of business hours: fine for short lead times, two per cent wide for long
 * ones, so that a segment's whole history fits in a few hundred counters whatever its
 * size. Bin 0 holds lead times of (almost) zero business hours.
 */
final class LeadTimeBins {

	/** Number of bins; the last one also holds everything longer. */
	static final int COUNT = 560;

	private static final double SCALE = 0.25;

	private static final double GROWTH = Math.log(1.02);

	private static final double[] UPPER = new double[COUNT];

	static {
		for (int bin = 0; bin < COUNT; bin++) {
			UPPER[bin] = SCALE * (Math.exp(GROWTH * (bin + 1)) - 1);
		}
	}

	private LeadTimeBins() {
	}

	static int of(double hours) {
		if (hours <= 0) {
			return 0;
		}
		int bin = (int) (Math.log1p(hours / SCALE) / GROWTH);
		return Math.min(bin, COUNT - 1);
	}

	/**
	 * The longest lead time in the bin: quotes use it so that rounding never promises
	 * early.
	 */
	static double upper(int bin) {
		return UPPER[bin];
	}

}
