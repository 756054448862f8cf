package org.shopfront.estimates.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reference-class forecasting: widens an estimate by how far comparable past work overran
 * its own. The reference class is the most specific of an estimate's segments with at
 * least {@code minimumSample} projects, else all projects. The widening ratio is the
 * conformal quantile of the class's ratios of actual to estimate: the ⌈(n+1)·level⌉-th
 * smallest of n, which a new project exchangeable with them stays within with a chance of
 * at least the level. Order statistics need no model of the (skewed) ratios and do not
 * care whether they are read on a log scale. The level starts at the stated confidence
 * and is corrected after each project in date order, up after one that overran its
 * widening and down after one that stayed within it (adaptive conformal inference, Gibbs
 * and Candès 2021), so that the share kept follows the confidence when estimating
 * practice changes over the years.
 *
 * <p>
 * Built from every observation it will learn, then {@link #replay}ed once in date order:
 * each project is widened from those of earlier days only (projects of one day do not see
 * each other) before it is learnt. Not thread-safe.
 */
public final class ReferenceClasses {

	/** The class of all projects. */
	public static final String ALL = "all";

	private static final double LOWEST = 0.01;

	private static final double HIGHEST = 0.999;

	private final List<Observation> observations;

	private final WideningSettings settings;

	private final double[] confidences;

	private final double[] levels;

	private final Map<String, Ranks> classes = new HashMap<>();

	private boolean replayed;

	/**
	 * @param observations every project to learn, in any order
	 * @param confidences the stated confidences to widen at, such as 0.8
	 */
	public ReferenceClasses(List<Observation> observations, WideningSettings settings, double... confidences) {
		this.observations = new ArrayList<>(observations);
		this.observations.sort(Comparator.comparing(Observation::date));
		this.settings = settings;
		this.confidences = confidences.clone();
		this.levels = confidences.clone();
		Map<String, List<Double>> ratios = new HashMap<>();
		for (Observation observation : this.observations) {
			ratios.computeIfAbsent(ALL, (key) -> new ArrayList<>()).add(observation.ratio());
			for (String segment : observation.segments()) {
				ratios.computeIfAbsent(segment, (key) -> new ArrayList<>()).add(observation.ratio());
			}
		}
		ratios.forEach((segment, values) -> this.classes.put(segment,
				new Ranks(values.stream().mapToDouble(Double::doubleValue).toArray())));
		this.classes.computeIfAbsent(ALL, (key) -> new Ranks(new double[0]));
	}

	/** Learns every observation in date order, telling nothing. */
	public ReferenceClasses learnt() {
		replay((observation, widenings) -> {
		});
		return this;
	}

	/**
	 * Learns every observation in date order, first handing it with its widening at each
	 * confidence (in the order given) from what was learnt before its day.
	 */
	public void replay(BiConsumer<Observation, Widening[]> each) {
		if (this.replayed) {
			throw new IllegalStateException("The observations were already replayed");
		}
		this.replayed = true;
		int from = 0;
		while (from < this.observations.size()) {
			int to = from;
			while (to < this.observations.size()
					&& this.observations.get(to).date().equals(this.observations.get(from).date())) {
				to++;
			}
			List<Observation> day = this.observations.subList(from, to);
			List<Widening[]> widenings = new ArrayList<>(day.size());
			for (Observation observation : day) {
				Widening[] widened = new Widening[this.confidences.length];
				for (int i = 0; i < widened.length; i++) {
					widened[i] = widen(observation.segments(), i);
				}
				widenings.add(widened);
				each.accept(observation, widened);
			}
			for (int index = 0; index < day.size(); index++) {
				learn(day.get(index), widenings.get(index));
			}
			from = to;
		}
	}

	/**
	 * The widening of an estimate in the given segments (most specific first) at the
	 * {@code confidence}-th of the stated confidences, from what has been learnt.
	 */
	public Widening widen(List<String> segments, int confidence) {
		double stated = this.confidences[confidence];
		int needed = Math.max(this.settings.minimumSample(), smallestSample(stated));
		for (String segment : segments) {
			Ranks ranks = this.classes.get(segment);
			if (ranks != null && ranks.size() >= needed) {
				return widen(segment, ranks, this.levels[confidence]);
			}
		}
		Ranks all = this.classes.get(ALL);
		if (all.size() < smallestSample(stated)) {
			return Widening.none(ALL, all.size());
		}
		return widen(ALL, all, this.levels[confidence]);
	}

	/**
	 * The share of the projects learnt in a reference class whose ratio of actual to
	 * estimate is at most the given one.
	 */
	public double shareWithin(String segment, double ratio) {
		Ranks ranks = this.classes.get(segment);
		return (ranks == null || ranks.size() == 0) ? 0 : (double) ranks.atMost(ratio) / ranks.size();
	}

	/** The quantile level now used for the {@code confidence}-th stated confidence. */
	public double level(int confidence) {
		return this.levels[confidence];
	}

	/**
	 * The fewest projects whose conformal quantile at the confidence is one of them:
	 * ⌈(n+1)·c⌉ ≤ n, that is n ≥ c / (1 − c) (4 for 0.8, 9 for 0.9).
	 */
	static int smallestSample(double confidence) {
		return (int) Math.ceil(confidence / (1 - confidence) - 1e-9);
	}

	private static Widening widen(String segment, Ranks ranks, double level) {
		int n = ranks.size();
		int rank = (int) Math.min(n, Math.max(1, Math.ceil((n + 1) * level - 1e-9)));
		double ratio = ranks.kth(rank);
		return new Widening(segment, n, ratio, level, (double) ranks.atMost(ratio) / n, true);
	}

	private void learn(Observation observation, Widening[] widened) {
		for (int i = 0; i < this.confidences.length; i++) {
			if (widened[i].evidence()) {
				double missed = widened[i].holds(observation.ratio()) ? 0 : 1;
				double step = this.settings.calibrationRate() * (missed - (1 - this.confidences[i]));
				this.levels[i] = Math.min(HIGHEST, Math.max(LOWEST, this.levels[i] + step));
			}
		}
		this.classes.get(ALL).add(observation.ratio());
		for (String segment : observation.segments()) {
			this.classes.get(segment).add(observation.ratio());
		}
	}

}
