package org.shopfront.shared;

import java.util.Random;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Medians and p90s read from the log-scale histogram, against the exact ones. */
class HoursHistogramTests {

	@Test
	void aBucketHoldsItsRangeAndItsMiddleLiesInside() {
		assertThat(HoursHistogram.bucket(0)).isZero();
		assertThat(HoursHistogram.bucket(-3)).isZero();
		for (double hours : new double[] { 0.01, 0.5, 1, 7.9, 24, 100, 1000 }) {
			int b = HoursHistogram.bucket(hours);
			assertThat(Math.pow(2, (b - 1) / 4.0) - 1).isLessThan(hours);
			assertThat(Math.pow(2, b / 4.0) - 1).isGreaterThanOrEqualTo(hours * (1 - 1e-12));
			assertThat(HoursHistogram.hours(b)).isBetween(Math.pow(2, (b - 1) / 4.0) - 1, Math.pow(2, b / 4.0) - 1);
		}
		assertThat(HoursHistogram.bucket(1e9)).isEqualTo(HoursHistogram.BUCKETS - 1);
	}

	@Test
	void quantilesAreWithinAFifthOfTheExactOnes() {
		Random random = new Random(4);
		double[] hours = DoubleStream.generate(() -> Math.exp(random.nextGaussian() * 1.2 + 3)).limit(10_000).toArray();
		HoursHistogram histogram = new HoursHistogram();
		for (double h : hours) {
			histogram.add(HoursHistogram.bucket(h), 1);
		}
		double[] sorted = hours.clone();
		java.util.Arrays.sort(sorted);
		assertThat(histogram.total()).isEqualTo(10_000);
		assertThat(histogram.quantile(0.5)).isBetween(sorted[4_999] * 0.8, sorted[4_999] * 1.2);
		assertThat(histogram.quantile(0.9)).isBetween(sorted[8_999] * 0.8, sorted[8_999] * 1.2);
		assertThat(new HoursHistogram().quantile(0.5)).isNull();
		HoursHistogram stored = new HoursHistogram().addEncoded(histogram.encode());
		assertThat(stored.total()).isEqualTo(10_000);
		assertThat(stored.encode()).isEqualTo(histogram.encode());
		assertThat(stored.plus(histogram).quantile(0.9)).isEqualTo(histogram.quantile(0.9));
	}

}
