package org.shopfront.promises;

import java.util.HashMap;
import java.util.Map;

/**
 * Adaptive conformal calibration (Gibbs and Candès, 2021): for each stated confidence the
 * quantile level actually used moves up a little after each broken promise and down a
 * little after each kept one, so that the share of kept promises converges to the stated
 * confidence even when lead times drift. Levels are kept per segment and confidence when
 * asked to, and for each confidence overall; a segment starts from the overall level.
 */
final class Calibration {

	private static final double LOWEST = 0.01;

	private static final double HIGHEST = 0.999;

	private final double rate;

	private final boolean bySegment;

	private final Map<String, double[]> levels = new HashMap<>();

	Calibration(double rate, boolean bySegment) {
		this.rate = rate;
		this.bySegment = bySegment;
	}

	double level(String segment, double confidence) {
		double[] overall = this.levels.get(key("", confidence));
		double fallback = (overall != null) ? overall[0] : confidence;
		double[] level = this.bySegment ? this.levels.get(key(segment, confidence)) : null;
		return (level != null) ? level[0] : fallback;
	}

	void observe(String segment, double confidence, boolean kept) {
		double start = level(segment, confidence);
		update(this.levels.computeIfAbsent(key("", confidence), (key) -> new double[] { confidence }), confidence,
				kept);
		if (this.bySegment) {
			update(this.levels.computeIfAbsent(key(segment, confidence), (key) -> new double[] { start }), confidence,
					kept);
		}
	}

	private void update(double[] level, double confidence, boolean kept) {
		double broken = kept ? 0 : 1;
		level[0] = Math.min(HIGHEST, Math.max(LOWEST, level[0] + this.rate * (broken - (1 - confidence))));
	}

	private static String key(String segment, double confidence) {
		return segment + '@' + confidence;
	}

}
