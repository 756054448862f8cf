package org.shopfront.estimates;

/**
 * How past projects' actuals compared with their estimates in one measure, the way the 45
 * % / 7 % / 56 % record is told: the share that ran over, and the mean overrun (the mean
 * of actual ÷ estimate − 1: 0.45 for 45 % over on average; a project under its estimate
 * counts with its underrun). Only projects with an estimate above 0 and an actual count.
 *
 * @param medianRatio the middle project's actual ÷ estimate
 */
public record Overruns(Measure measure, int projects, double shareOver, double meanOverrun, double medianRatio) {

	static Overruns none(Measure measure) {
		return new Overruns(measure, 0, 0, 0, 0);
	}

}
