package org.shopfront.promises;

/**
 * The share of orders still open after each lead time bin, estimated by the product-limit
 * (Kaplan–Meier) method so that orders still open count for the time they have taken.
 */
final class SurvivalCurve {

	/** survival[k]: estimated share of orders not finished by the upper edge of bin k. */
	private final double[] survival;

	/** Highest bin holding any observation, finished or open; -1 when empty. */
	private final int lastObserved;

	private SurvivalCurve(double[] survival, int lastObserved) {
		this.survival = survival;
		this.lastObserved = lastObserved;
	}

	/**
	 * @param finished finished orders per lead time bin (events)
	 * @param censored open orders per bin of the time they have taken so far
	 */
	static SurvivalCurve kaplanMeier(int[] finished, int[] censored) {
		int atRisk = 0;
		int lastObserved = -1;
		for (int bin = 0; bin < finished.length; bin++) {
			atRisk += finished[bin] + censored[bin];
			if (finished[bin] + censored[bin] > 0) {
				lastObserved = bin;
			}
		}
		double[] survival = new double[finished.length];
		double surviving = 1;
		for (int bin = 0; bin < finished.length; bin++) {
			if (atRisk > 0 && finished[bin] > 0) {
				surviving *= 1 - (double) finished[bin] / atRisk;
			}
			survival[bin] = surviving;
			atRisk -= finished[bin] + censored[bin];
		}
		return new SurvivalCurve(survival, lastObserved);
	}

	/**
	 * The shortest lead time (upper bin edge) by which at least the given share of orders
	 * finish. Where the curve never gets there (the longest orders are still open), the
	 * longest time observed so far, the best lower bound the data gives.
	 */
	double quantile(double level) {
		return quantileAfter(0, level);
	}

	/**
	 * The shortest lead time by which an order that has taken {@code elapsed} hours so
	 * far finishes with the given probability.
	 */
	double quantileAfter(double elapsed, double level) {
		int from = LeadTimeBins.of(elapsed);
		double threshold = (1 - level) * survivalBefore(from);
		for (int bin = from; bin <= this.lastObserved; bin++) {
			if (this.survival[bin] <= threshold) {
				return LeadTimeBins.upper(bin);
			}
		}
		return LeadTimeBins.upper(Math.max(from, this.lastObserved));
	}

	/**
	 * {@link #quantile} at each of the given levels, which must be increasing, in one
	 * pass over the curve.
	 */
	float[] quantiles(double[] levels) {
		float[] quantiles = new float[levels.length];
		int bin = 0;
		for (int k = 0; k < levels.length; k++) {
			while (bin <= this.lastObserved && this.survival[bin] > 1 - levels[k]) {
				bin++;
			}
			quantiles[k] = (float) LeadTimeBins
				.upper((bin <= this.lastObserved) ? bin : Math.max(0, this.lastObserved));
		}
		return quantiles;
	}

	/**
	 * The lowest share of orders still open the curve gets to; levels above one minus
	 * this are beyond what the history shows.
	 */
	double lowest() {
		return (this.lastObserved < 0) ? 1 : this.survival[this.lastObserved];
	}

	/** Estimated share not finished by the end of the given bin (or index). */
	double survivalAt(int bin) {
		return this.survival[bin];
	}

	/** Estimated share of orders that take longer than the given business hours. */
	double survival(double hours) {
		return this.survival[LeadTimeBins.of(hours)];
	}

	/**
	 * Estimated share of orders still open when they enter the bin of the given hours.
	 */
	double survivalBefore(double hours) {
		return survivalBefore(LeadTimeBins.of(hours));
	}

	private double survivalBefore(int bin) {
		return (bin == 0) ? 1 : this.survival[bin - 1];
	}

	/**
	 * Probability that an order open for {@code elapsed} business hours finishes within
	 * {@code deadline} business hours from its start.
	 */
	double chanceToFinish(double elapsed, double deadline) {
		double alive = survivalBefore(elapsed);
		if (alive <= 0) {
			return 0;
		}
		return Math.max(0, 1 - survival(deadline) / alive);
	}

}
