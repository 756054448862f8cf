package org.shopfront.promises;

import java.time.Duration;

/**
 * How the forecaster learns: the smallest sample a segment needs before its history is
 * used, how far back history counts, and how fast calibration corrects the quantile level
 * after a kept or broken promise.
 *
 * @param minimumSample orders (finished or open) a segment needs in the window
 * @param window orders opened longer ago than this are forgotten
 * @param calibrationRate step of the adaptive conformal update per promise outcome; 0
 * turns calibration off
 * @param calibrateBySegment whether each segment gets its own calibrated level (besides
 * the overall one it starts from)
 */
public record ForecastSettings(int minimumSample, Duration window, double calibrationRate, boolean calibrateBySegment) {

	public static final ForecastSettings DEFAULTS = new ForecastSettings(30, Duration.ofDays(180), 0.005, true);

	public ForecastSettings {
		if (minimumSample < 1) {
			throw new IllegalArgumentException("minimumSample must be at least 1");
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("window must be positive");
		}
		if (calibrationRate < 0 || calibrationRate >= 1) {
			throw new IllegalArgumentException("calibrationRate must be in [0, 1)");
		}
	}

}
