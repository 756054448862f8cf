package org.shopfront.painpoints.mining;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spherical k-means: unit-length tickets go to the centroid of highest cosine similarity,
 * centroids are the normalised mean direction of their tickets. Seeded with k-means++ on
 * a sample; of {@code restarts} runs of a few iterations on the sample, the one of
 * highest total similarity is refined on all tickets. Deterministic for a seed and
 * independent of the thread count.
 */
final class SphericalKMeans {

	private static final int SAMPLE = 20_000;

	/** Iterations a restart runs before the best one is refined to the end. */
	private static final int PROBE = 5;

	private static final int FULL_PASSES = 10;

	private final int k;

	private final long seed;

	private final int restarts;

	private final int maxIterations;

	SphericalKMeans(int k, long seed, int restarts, int maxIterations) {
		this.k = k;
		this.seed = seed;
		this.restarts = restarts;
		this.maxIterations = maxIterations;
	}

	/**
	 * Clusters, their centroids (feature-major: weight of feature f in cluster c at
	 * f*k+c).
	 */
	record Result(int k, int[] assignments, float[] similarities, float[] centroids, double objective) {
	}

	Result fit(SparseRows rows, Parallel parallel) {
		int k = Math.min(this.k, rows.size());
		SplittableRandom random = new SplittableRandom(this.seed);
		int[] sample = sample(rows.size(), random);
		SparseRows sampled = (sample == null) ? rows : rows.subset(sample);
		Result best = null;
		for (int r = 0; r < this.restarts; r++) {
			float[] centroids = plusPlus(sampled, k, random.split(), parallel);
			Result result = lloyd(sampled, k, centroids, parallel, (this.restarts == 1) ? this.maxIterations : PROBE);
			if (best == null || result.objective() > best.objective()) {
				best = result;
			}
		}
		if (this.restarts > 1) {
			best = lloyd(sampled, k, best.centroids(), parallel, this.maxIterations);
		}
		// The sample's centroids are close already: a few passes over all suffice.
		return (sample == null) ? best : lloyd(rows, k, best.centroids(), parallel, FULL_PASSES);
	}

	private static int[] sample(int n, SplittableRandom random) {
		if (n <= SAMPLE) {
			return null;
		}
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		for (int i = 0; i < SAMPLE; i++) {
			int j = i + random.nextInt(n - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		int[] sample = Arrays.copyOf(all, SAMPLE);
		Arrays.sort(sample);
		return sample;
	}

	/**
	 * k-means++ seeding: each next centroid is drawn with probability ~ squared distance.
	 */
	static float[] plusPlus(SparseRows rows, int k, SplittableRandom random, Parallel parallel) {
		int n = rows.size();
		int dims = rows.dims();
		float[] centroids = new float[dims * k];
		double[] distance = new double[n];
		Arrays.fill(distance, Double.MAX_VALUE);
		float[] dense = new float[dims];
		int chosen = random.nextInt(n);
		for (int c = 0; c < k; c++) {
			int[] cols = rows.cols()[chosen];
			float[] vals = rows.vals()[chosen];
			for (int j = 0; j < cols.length; j++) {
				dense[cols[j]] = vals[j];
				centroids[cols[j] * k + c] = vals[j];
			}
			parallel.forParts(n, (part, from, to) -> {
				for (int i = from; i < to; i++) {
					double d = 2 * (1 - dot(rows.cols()[i], rows.vals()[i], dense));
					if (d < distance[i]) {
						distance[i] = Math.max(0, d);
					}
				}
			});
			// Summed in one order whatever the thread count, so the draw is too.
			double total = 0;
			for (int i = 0; i < n; i++) {
				total += distance[i];
			}
			for (int col : cols) {
				dense[col] = 0;
			}
			if (c + 1 < k) {
				chosen = draw(distance, total, random);
			}
		}
		return centroids;
	}

	private static int draw(double[] weights, double total, SplittableRandom random) {
		if (total <= 0) {
			return random.nextInt(weights.length);
		}
		double target = random.nextDouble() * total;
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			if (sum >= target && weights[i] > 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static double dot(int[] cols, float[] vals, float[] dense) {
		double sum = 0;
		for (int j = 0; j < cols.length; j++) {
			sum += vals[j] * dense[cols[j]];
		}
		return sum;
	}

	static Result lloyd(SparseRows rows, int k, float[] start, Parallel parallel, int maxIterations) {
		int n = rows.size();
		float[] centroids = start.clone();
		int[] assignments = new int[n];
		Arrays.fill(assignments, -1);
		float[] similarities = new float[n];
		int[] changes = new int[parallel.threads()];
		for (int iteration = 0; iteration < maxIterations; iteration++) {
			Arrays.fill(changes, 0);
			float[] current = centroids;
			parallel.forParts(n, (part, from, to) -> {
				float[] scores = new float[k];
				for (int i = from; i < to; i++) {
					int best = nearest(rows.cols()[i], rows.vals()[i], current, k, scores);
					if (best != assignments[i]) {
						changes[part]++;
						assignments[i] = best;
					}
					similarities[i] = scores[best];
				}
			});
			int changed = Arrays.stream(changes).sum();
			if (changed <= n / 10_000) {
				break;
			}
			centroids = update(rows, k, assignments, similarities);
		}
		double objective = 0;
		for (float similarity : similarities) {
			objective += similarity;
		}
		return new Result(k, assignments, similarities, centroids, objective);
	}

	/** The cluster of highest similarity; scores receives the similarity to each. */
	static int nearest(int[] cols, float[] vals, float[] centroids, int k, float[] scores) {
		Arrays.fill(scores, 0f);
		for (int j = 0; j < cols.length; j++) {
			float v = vals[j];
			int base = cols[j] * k;
			for (int c = 0; c < k; c++) {
				scores[c] += v * centroids[base + c];
			}
		}
		int best = 0;
		for (int c = 1; c < k; c++) {
			if (scores[c] > scores[best]) {
				best = c;
			}
		}
		return best;
	}

	/**
	 * Mean directions of the clusters; an empty cluster takes the worst-placed ticket.
	 */
	private static float[] update(SparseRows rows, int k, int[] assignments, float[] similarities) {
		int dims = rows.dims();
		float[] sums = new float[dims * k];
		int[] sizes = new int[k];
		for (int i = 0; i < assignments.length; i++) {
			int c = assignments[i];
			sizes[c]++;
			int[] cols = rows.cols()[i];
			float[] vals = rows.vals()[i];
			for (int j = 0; j < cols.length; j++) {
				sums[cols[j] * k + c] += vals[j];
			}
		}
		boolean[] taken = new boolean[assignments.length];
		for (int c = 0; c < k; c++) {
			if (sizes[c] == 0) {
				int worst = -1;
				for (int i = 0; i < similarities.length; i++) {
					if (!taken[i] && sizes[assignments[i]] > 1
							&& (worst < 0 || similarities[i] < similarities[worst])) {
						worst = i;
					}
				}
				if (worst >= 0) {
					taken[worst] = true;
					int[] cols = rows.cols()[worst];
					float[] vals = rows.vals()[worst];
					for (int j = 0; j < cols.length; j++) {
						sums[cols[j] * k + c] = vals[j];
					}
				}
			}
		}
		double[] norms = new double[k];
		for (int f = 0; f < dims; f++) {
			int base = f * k;
			for (int c = 0; c < k; c++) {
				norms[c] += (double) sums[base + c] * sums[base + c];
			}
		}
		float[] scale = new float[k];
		for (int c = 0; c < k; c++) {
			scale[c] = (norms[c] > 0) ? (float) (1 / Math.sqrt(norms[c])) : 0;
		}
		for (int f = 0; f < dims; f++) {
			int base = f * k;
			for (int c = 0; c < k; c++) {
				sums[base + c] *= scale[c];
			}
		}
		return sums;
	}

}
