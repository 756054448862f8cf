package org.shopfront.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/**
 * The demo's random source, seeded so that every demo is the same, with the draws its
 * simulations use.
 */
final class Draws extends Random {

	private static final long serialVersionUID = 1L;

	Draws(long seed) {
		super(seed);
	}

	/** Around {@code median}, skewed to the right: lead times, hours to decide. */
	double logNormal(double median, double sigma) {
		return median * Math.exp(sigma * nextGaussian());
	}

	/** How many of something that happens {@code lambda} times on average. */
	int poisson(double lambda) {
		double limit = Math.exp(-lambda);
		double product = nextDouble();
		int k = 0;
		while (product > limit) {
			product *= nextDouble();
			k++;
		}
		return k;
	}

	<T> T oneOf(List<T> options) {
		return options.get(nextInt(options.size()));
	}

	/** An index drawn by weight, from the running sums of the weights. */
	int pick(double[] cumulative) {
		double r = nextDouble() * cumulative[cumulative.length - 1];
		int i = Arrays.binarySearch(cumulative, r);
		return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
	}

	/** The running sums of the weights of {@code size} items, for {@link #pick}. */
	static double[] cumulative(int size, IntToDoubleFunction weight) {
		double[] sums = new double[size];
		double sum = 0;
		for (int i = 0; i < size; i++) {
			sum += weight.applyAsDouble(i);
			sums[i] = sum;
		}
		return sums;
	}

}
