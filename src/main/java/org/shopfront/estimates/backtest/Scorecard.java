package org.shopfront.estimates.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.estimates.reference.Observation;
import org.shopfront.estimates.reference.ReferenceClasses;
import org.shopfront.estimates.reference.Widening;
import org.shopfront.estimates.reference.WideningSettings;

/**
 * Replays projects in date order, each widened from the projects of earlier days at every
 * level, and scores the last share of them: how many stayed within their widened estimate
 * at each level against the level itself, and how many within the estimate as given. A
 * project scored without evidence keeps its estimate, as the application would.
 */
final class Scorecard {

	static final double[] LEVELS = { 0.5, 0.7, 0.8, 0.9 };

	/** The level whose widening {@code medianUplift} describes. */
	static final int MAIN = 2;

	private final List<Observation> projects;

	private final WideningSettings settings;

	private final double train;

	Scorecard(List<Observation> projects, WideningSettings settings, double train) {
		this.projects = projects;
		this.settings = settings;
		this.train = train;
	}

	Map<String, Object> figures(int skipped) {
		int firstScored = (int) Math.floor(this.projects.size() * this.train);
		int[] within = new int[LEVELS.length];
		int[] replayed = { 0 };
		int[] rawWithin = { 0 };
		List<Double> uplifts = new ArrayList<>();
		new ReferenceClasses(this.projects, this.settings, LEVELS).replay((project, widenings) -> {
			if (replayed[0]++ < firstScored) {
				return;
			}
			for (int level = 0; level < LEVELS.length; level++) {
				within[level] += widenings[level].holds(project.ratio()) ? 1 : 0;
			}
			rawWithin[0] += (project.ratio() <= 1) ? 1 : 0;
			Widening main = widenings[MAIN];
			uplifts.add(main.ratio() - 1);
		});
		int scored = this.projects.size() - firstScored;
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("items", this.projects.size());
		figures.put("testItems", scored);
		figures.put("skipped", skipped);
		Map<String, Double> coverage = new LinkedHashMap<>();
		double gap = 0;
		double rawGap = 0;
		double raw = share(rawWithin[0], scored);
		for (int level = 0; level < LEVELS.length; level++) {
			double share = share(within[level], scored);
			coverage.put(String.valueOf(LEVELS[level]), round(share));
			gap += Math.abs(share - LEVELS[level]);
			rawGap += Math.abs(raw - LEVELS[level]);
		}
		figures.put("coverage", coverage);
		figures.put("calibrationError", round(gap / LEVELS.length));
		figures.put("coverageOfRawEstimate", round(raw));
		figures.put("calibrationErrorOfRawEstimate", round(rawGap / LEVELS.length));
		figures.put("medianUplift", round(median(uplifts)));
		return figures;
	}

	private static double share(int count, int of) {
		return (of == 0) ? 0 : (double) count / of;
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return 0;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

}
