package org.shopfront.promises;

/**
 * How often forecasts and promises at each of the {@link Levels} hold, and so which level
 * to quote for a stated confidence: for the promises (due at a close of day or a full
 * hour) when quoting, for the lead time itself when judging an order under way.
 *
 * @param time for each level k, the share of orders done within the lead time at level k
 * @param promise for each level k, the share of promises at level k kept
 */
record CalibrationMap(double[] time, double[] promise) {

	/** Every level holds as often as it says: the raw curve is calibrated. */
	static final CalibrationMap IDENTITY = new CalibrationMap(identity(), identity());

	private static double[] identity() {
		double[] levels = new double[Levels.COUNT + 1];
		for (int k = 0; k < Levels.COUNT; k++) {
			levels[k] = Levels.level(k);
		}
		levels[Levels.COUNT] = 1;
		return levels;
	}

	/**
	 * This map as the parent of a segment with the given estimate: a weighted mean, the
	 * segment's own weighing its sample, the parent {@code priorWeight}.
	 */
	CalibrationMap shrink(SegmentCalibration.Estimate own, int priorWeight) {
		if (own.sample() == 0) {
			return this;
		}
		double weight = own.sample() / (double) (own.sample() + priorWeight);
		return new CalibrationMap(mean(own.time(), this.time, weight), mean(own.promise(), this.promise, weight));
	}

	private static double[] mean(double[] own, double[] parent, double weight) {
		double[] mean = new double[own.length];
		for (int k = 0; k < own.length; k++) {
			mean[k] = weight * own[k] + (1 - weight) * parent[k];
		}
		return mean;
	}

	/** The level to quote a promise at for the stated confidence. */
	double promiseLevel(double confidence) {
		return inverse(this.promise, confidence);
	}

	/** The level of the raw curve whose lead time is met with the given probability. */
	double timeLevel(double probability) {
		return inverse(this.time, probability);
	}

	/**
	 * The probability that an order is done within the raw curve's lead time at a level.
	 */
	double timeHeld(double level) {
		double index = level * Levels.COUNT - 1;
		if (index <= -1) {
			return 0;
		}
		if (index < 0) {
			return (index + 1) * this.time[0];
		}
		int lower = Math.min((int) index, Levels.COUNT - 1);
		int upper = Math.min(lower + 1, Levels.COUNT - 1);
		return this.time[lower] + (index - lower) * (this.time[upper] - this.time[lower]);
	}

	/**
	 * The lowest level at which the held shares reach the probability, interpolated
	 * between levels; 1 where they never do.
	 */
	private static double inverse(double[] held, double probability) {
		double below = 0;
		for (int k = 0; k < Levels.COUNT; k++) {
			if (held[k] >= probability) {
				double from = (k == 0) ? 0 : Levels.level(k - 1);
				double share = (held[k] > below) ? (probability - below) / (held[k] - below) : 1;
				return from + share * (Levels.level(k) - from);
			}
			below = held[k];
		}
		return 1;
	}

}
