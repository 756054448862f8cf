package org.shopfront.promises;

import java.util.HashMap;
import java.util.Map;

/**
 * Adaptive conformal calibration (Gibbs and Candès, 2021): for each stated confidence the
 * quantile level actually used moves up a little after each broken promise and down a
 * little after each kept one, so that the share of kept promises converges to the stated
 * confidence even when lead times drift.
 */
final class Calibration {

	private static final double LOWEST = 0.01;

	private static final double HIGHEST = 0.999;

	private final double rate;

	private final Map<Double, double[]> levels = new HashMap<>();

	Calibration(double rate) {
		this.rate = rate;
	}

	double level(double confidence) {
		double[] level = this.levels.get(confidence);
		return (level != null) ? level[0] : confidence;
	}

	void observe(double confidence, boolean kept) {
		double[] level = this.levels.computeIfAbsent(confidence, (key) -> new double[] { key });
		double broken = kept ? 0 : 1;
		level[0] = Math.min(HIGHEST, Math.max(LOWEST, level[0] + this.rate * (broken - (1 - confidence))));
	}

}
