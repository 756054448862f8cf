package org.shopfront.promises;

import java.time.Duration;

/**
 * How the forecaster learns: the smallest sample a segment needs before its history is
 * used (and before its own calibration weighs as much as its parent's), how far back
 * history counts, whether quotes are recalibrated from the outcomes of earlier promises,
 * and when in the day promises fall due.
 *
 * @param minimumSample orders (finished or open) a segment needs in the window
 * @param window orders opened longer ago than this are forgotten
 * @param calibrated whether quote levels are corrected by how often earlier forecasts
 * held (false: the raw Kaplan–Meier quantile)
 * @param calibrateBySegment whether each segment is calibrated by its own outcomes
 * (shrunk towards its parents'), or all by the outcomes of everything
 * @param dueTime when in the day promises fall due
 */
public record ForecastSettings(int minimumSample, Duration window, boolean calibrated, boolean calibrateBySegment,
		DueTime dueTime) {

	public static final ForecastSettings DEFAULTS = new ForecastSettings(30, Duration.ofDays(180), true, true,
			DueTime.CLOSE_OF_DAY);

	public ForecastSettings {
		if (minimumSample < 1) {
			throw new IllegalArgumentException("minimumSample must be at least 1");
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("window must be positive");
		}
	}

	/** These settings with promises due at another time of day. */
	public ForecastSettings dueAt(DueTime dueTime) {
		return new ForecastSettings(this.minimumSample, this.window, this.calibrated, this.calibrateBySegment, dueTime);
	}

	/** These settings with another window. */
	public ForecastSettings window(Duration window) {
		return new ForecastSettings(this.minimumSample, window, this.calibrated, this.calibrateBySegment, this.dueTime);
	}

}
