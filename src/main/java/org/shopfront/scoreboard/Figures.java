package org.shopfront.scoreboard;

import org.shopfront.shared.HoursHistogram;

/**
 * The track record over some weeks: how many promises held, how late the broken ones
 * were, how early customers heard bad news, and how satisfied they were. Percentages are
 * whole numbers and hours are read from histograms (to within a fifth); a figure is null
 * when nothing stands behind it.
 *
 * @param promises promises whose outcome is known, cancelled ones left out
 * @param late broken promises delivered late (the ones {@code lateMedianHours} is about)
 * @param didNotHold broken or renegotiated promises
 * @param warned promises that did not hold whose customer was told before the due time
 * @param answers customers who answered the delivery survey
 * @param saidKeptAnswers answers that said whether the promise was kept
 */
public record Figures(int promises, int kept, int broken, int renegotiated, int cancelled, Integer keptPercent,
		int late, Double lateMedianHours, Double lateP90Hours, int didNotHold, int warned, Integer warnedPercent,
		Double warningMedianHours, int answers, int satisfactionAnswers, Double satisfaction, int saidKeptAnswers,
		Integer saidKeptPercent) {

	static Figures of(int[] c, HoursHistogram late, HoursHistogram warning) {
		int promises = c[0] + c[1] + c[2];
		int didNotHold = c[1] + c[2];
		return new Figures(promises, c[0], c[1], c[2], c[3], percent(c[0], promises), (int) late.total(),
				late.quantile(0.5), late.quantile(0.9), didNotHold, c[4], percent(c[4], didNotHold),
				warning.quantile(0.5), c[5], c[6], (c[6] > 0) ? Math.round(10.0 * c[7] / c[6]) / 10.0 : null, c[8],
				percent(c[9], c[8]));
	}

	static Integer percent(int part, int whole) {
		return (whole > 0) ? (int) Math.round(100.0 * part / whole) : null;
	}

}
