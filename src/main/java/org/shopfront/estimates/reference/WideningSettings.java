package org.shopfront.estimates.reference;

/**
 * How estimates are widened: the projects a reference class needs before it is used
 * instead of a broader one, and how fast the quantile level follows what the last
 * widenings did (the adaptive conformal step; 0 keeps the stated confidence).
 *
 * @param minimumSample projects a provider's or a kind of work's class needs
 * @param calibrationRate step of the level after each project: up by
 * {@code rate × confidence} after one that overran its widened figure, down by
 * {@code rate × (1 − confidence)} after one that stayed within it
 */
public record WideningSettings(int minimumSample, double calibrationRate) {

	/** Chosen on synthetic streams, not on any company's data (decision 0023). */
	public static final WideningSettings DEFAULTS = new WideningSettings(30, 0.05);

	public WideningSettings {
		if (minimumSample < 1) {
			throw new IllegalArgumentException("minimumSample must be at least 1");
		}
		if (calibrationRate < 0 || calibrationRate >= 1) {
			throw new IllegalArgumentException("calibrationRate must be in [0, 1)");
		}
	}

}
