package org.shopfront.promises;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * A made-up desk whose lead time distributions are known: orders open one per
 * {@code spacing} hours around the clock, each in one of several segments, and take a
 * lead time drawn from its segment's distribution (which may change with time). The
 * forecaster is told everything as it happens, every order is quoted at several levels,
 * and the promises of the second half are scored.
 */
final class SyntheticDesk {

	static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

	/** One segment: its share of the orders and how long they take. */
	record Kind(String name, double share, LeadTime leadTime) {
	}

	/** Draws a lead time, in hours, for an order opened so many hours after the start. */
	interface LeadTime {

		double draw(Random random, double hoursSinceStart);

	}

	private final List<Kind> kinds;

	private final double spacing;

	SyntheticDesk(List<Kind> kinds, double spacing) {
		this.kinds = kinds;
		this.spacing = spacing;
	}

	static Instant at(double hours) {
		return START.plusMillis(Math.round(hours * 3_600_000));
	}

	/** Log-normal lead times with the given median and spread, the same all along. */
	static LeadTime logNormal(double median, double sigma) {
		return (random, at) -> median * Math.exp(sigma * random.nextGaussian());
	}

	/** Lead times scaled over time by the given factor. */
	static LeadTime drifting(LeadTime base, DoubleUnaryOperator factor) {
		return (random, at) -> base.draw(random, at) * factor.applyAsDouble(at);
	}

	/**
	 * How the scored promises did: the hit rate at each level, and for the promises at
	 * the first level the share of broken ones the watch warned about before their due
	 * time and the share of warnings that were right.
	 */
	record Result(double[] hitRates, double earlyWarningShare, double warningPrecision) {
	}

	/**
	 * Runs the desk: every order is quoted at each level and promised at the first; every
	 * hour the watch looks at the scored open promises of the first level and warns below
	 * the risk threshold.
	 */
	Result run(Forecaster forecaster, int orders, double[] levels, double riskThreshold, long seed) {
		Random random = new Random(seed);
		PriorityQueue<double[]> finishing = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
		List<Promised> scored = new ArrayList<>();
		List<Promised> watched = new ArrayList<>();
		double tick = 1;
		for (int i = 0; i < orders; i++) {
			double now = i * this.spacing;
			while (!finishing.isEmpty() && finishing.peek()[0] <= now) {
				double[] done = finishing.poll();
				forecaster.finished((int) done[1], at(done[0]));
			}
			for (; tick <= now; tick++) {
				double time = tick;
				watched.removeIf((promised) -> promised.watch(forecaster, time, riskThreshold));
			}
			Kind kind = pick(random.nextDouble());
			List<String> segments = List.of("kind:" + kind.name(), "everything");
			double lead = kind.leadTime().draw(random, now);
			Quote[] quotes = new Quote[levels.length];
			for (int level = 0; level < levels.length; level++) {
				quotes[level] = forecaster.quote(segments, at(now), levels[level], 10);
			}
			forecaster.opened(i, segments, at(now));
			forecaster.promised(i, quotes[0]);
			finishing.add(new double[] { now + lead, i });
			if (i >= orders / 2) {
				Promised promised = new Promised(segments, now, now + lead, quotes);
				scored.add(promised);
				watched.add(promised);
			}
		}
		double[] rates = new double[levels.length];
		for (int level = 0; level < levels.length; level++) {
			int index = level;
			rates[level] = scored.stream().filter((promised) -> promised.kept(index)).count() / (double) scored.size();
		}
		long broken = scored.stream().filter((promised) -> !promised.kept(0)).count();
		long warned = scored.stream().filter((promised) -> promised.warned).count();
		long right = scored.stream().filter((promised) -> promised.warned && !promised.kept(0)).count();
		return new Result(rates, (broken > 0) ? right / (double) broken : 1,
				(warned > 0) ? right / (double) warned : 0);
	}

	/** A scored order, its promises, and whether the watch warned about the first. */
	private static final class Promised {

		final List<String> segments;

		final double opened;

		final double finish;

		final Quote[] quotes;

		boolean warned;

		Promised(List<String> segments, double opened, double finish, Quote[] quotes) {
			this.segments = segments;
			this.opened = opened;
			this.finish = finish;
			this.quotes = quotes;
		}

		boolean kept(int level) {
			return !at(this.finish).isAfter(this.quotes[level].due());
		}

		/** Whether the watch is done with it at {@code now}: finished, due or warned. */
		boolean watch(Forecaster forecaster, double now, double riskThreshold) {
			Quote quote = this.quotes[0];
			if (this.finish <= now || !at(now).isBefore(quote.due())) {
				return true;
			}
			this.warned = forecaster.chanceOfKeeping(this.segments, at(this.opened), quote.due(), at(now),
					quote.hours()) < riskThreshold;
			return this.warned;
		}

	}

	private Kind pick(double uniform) {
		double total = 0;
		for (Kind kind : this.kinds) {
			total += kind.share();
			if (uniform < total) {
				return kind;
			}
		}
		return this.kinds.get(this.kinds.size() - 1);
	}

	static Forecaster forecaster(boolean calibrated, DueTime due, int windowDays) {
		return new Forecaster(ForecasterTests.ALWAYS,
				new ForecastSettings(30, Duration.ofDays(windowDays), calibrated, true, due));
	}

}
