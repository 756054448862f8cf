package org.shopfront.estimates.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The widening on synthetic streams whose quantiles are known: the share of projects that
 * stay within their widened estimate follows every stated confidence, whatever the shape
 * of the ratios.
 */
class ReferenceClassesTests {

	static final double[] LEVELS = { 0.5, 0.7, 0.8, 0.9 };

	@Test
	void coverageHoldsAtEveryLevelOnSkewedLogNormalOverruns() {
		Random random = new Random(7);
		double[] coverage = coverage(stream(3000, () -> Math.exp(0.2 + 0.6 * random.nextGaussian())), 300);
		for (int i = 0; i < LEVELS.length; i++) {
			assertThat(coverage[i]).as("level " + LEVELS[i]).isCloseTo(LEVELS[i], within(0.025));
		}
	}

	@Test
	void coverageHoldsOnHeavyTailedOverrunsWithManyProjectsExactlyOnTheirEstimate() {
		Random random = new Random(11);
		DoubleSupplier ratio = () -> (random.nextDouble() < 0.3) ? 1.0
				: 0.7 + 0.3 / Math.pow(1 - random.nextDouble(), 1 / 1.5);
		double[] coverage = coverage(stream(3000, ratio), 300);
		for (int i = 0; i < LEVELS.length; i++) {
			assertThat(coverage[i]).as("level " + LEVELS[i]).isCloseTo(LEVELS[i], within(0.025));
		}
	}

	@Test
	void theWideningAtAKnownQuantileIsThatQuantile() {
		Random random = new Random(3);
		List<Observation> projects = stream(4000, () -> Math.exp(random.nextGaussian()));
		ReferenceClasses classes = new ReferenceClasses(projects, new WideningSettings(30, 0), 0.8).learnt();

		Widening widening = classes.widen(List.of(), 0);

		assertThat(widening.evidence()).isTrue();
		assertThat(widening.comparable()).isEqualTo(4000);
		assertThat(Math.log(widening.ratio())).as("the 80th percentile of N(0,1) is 0.8416")
			.isCloseTo(0.8416, within(0.06));
		assertThat(widening.shareWithin()).isCloseTo(0.8, within(0.001));
	}

	@Test
	void aProviderWithEnoughProjectsIsItsOwnReferenceClassAndOneWithTooFewFallsBackToAll() {
		List<Observation> projects = new ArrayList<>();
		LocalDate day = LocalDate.of(2020, 1, 1);
		for (int i = 0; i < 200; i++) {
			boolean acme = i % 5 == 0;
			double ratio = (acme ? 2.0 : 1.0) + (i % 7) / 100.0;
			projects.add(new Observation(day.plusDays(i), 100, 100 * ratio,
					List.of(acme ? "provider:acme" : "provider:other", (i % 50 == 0) ? "provider:rare" : "kind:x")));
		}
		ReferenceClasses classes = new ReferenceClasses(projects, new WideningSettings(30, 0), 0.8).learnt();

		Widening acme = classes.widen(List.of("provider:acme"), 0);
		Widening rare = classes.widen(List.of("provider:rare"), 0);

		assertThat(acme.segment()).isEqualTo("provider:acme");
		assertThat(acme.comparable()).isEqualTo(40);
		assertThat(acme.ratio()).isGreaterThanOrEqualTo(2.0);
		assertThat(rare.segment()).isEqualTo(ReferenceClasses.ALL);
		assertThat(rare.comparable()).isEqualTo(200);
	}

	@Test
	void tooFewProjectsForTheConfidenceGiveNoEvidence() {
		List<Observation> three = stream(3, () -> 1.5);
		ReferenceClasses classes = new ReferenceClasses(three, new WideningSettings(30, 0.05), 0.8).learnt();

		Widening widening = classes.widen(List.of(), 0);

		assertThat(widening.evidence()).as("⌈(3+1)·0.8⌉ = 4 > 3").isFalse();
		assertThat(widening.ratio()).isEqualTo(1.0);
		assertThat(ReferenceClasses.smallestSample(0.8)).isEqualTo(4);
		assertThat(ReferenceClasses.smallestSample(0.9)).isEqualTo(9);
	}

	private static List<Observation> stream(int size, DoubleSupplier ratio) {
		List<Observation> projects = new ArrayList<>(size);
		LocalDate first = LocalDate.of(2010, 1, 1);
		for (int i = 0; i < size; i++) {
			double estimate = 10 + (i % 13) * 7;
			projects.add(new Observation(first.plusDays(i), estimate, estimate * ratio.getAsDouble(), List.of()));
		}
		return projects;
	}

	/** The share of projects after the first {@code skip} within their widening. */
	private static double[] coverage(List<Observation> projects, int skip) {
		int[] within = new int[LEVELS.length];
		int[] seen = { 0 };
		new ReferenceClasses(projects, WideningSettings.DEFAULTS, LEVELS).replay((project, widenings) -> {
			if (seen[0]++ < skip) {
				return;
			}
			for (int i = 0; i < LEVELS.length; i++) {
				within[i] += widenings[i].holds(project.ratio()) ? 1 : 0;
			}
		});
		double[] shares = new double[LEVELS.length];
		for (int i = 0; i < LEVELS.length; i++) {
			shares[i] = (double) within[i] / (projects.size() - skip);
		}
		return shares;
	}

}
