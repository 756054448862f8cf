package org.shopfront.estimates.reference;

/**
 * How far to widen an estimate: by {@code ratio} (1.32 for 32 % more), the conformal
 * quantile at {@code level} of the ratios of actual to estimate of the {@code comparable}
 * projects in the reference class {@code segment}; {@code shareWithin} of them stayed
 * within their estimate times that ratio. Without evidence (too few projects for the
 * confidence) the ratio is 1 and the estimate stands.
 */
public record Widening(String segment, int comparable, double ratio, double level, double shareWithin,
		boolean evidence) {

	static Widening none(String segment, int comparable) {
		return new Widening(segment, comparable, 1, 0, 0, false);
	}

	/** Whether work with this ratio of actual to estimate stayed within the widening. */
	public boolean holds(double ratio) {
		return ratio <= this.ratio;
	}

}
