package org.shopfront.painpoints.mining;

/**
 * Chooses the number of pain points when none is given: spherical k-means for each k of a
 * geometric grid between the bounds on a sample, scored by the simplified silhouette
 * (each ticket's similarity to its own centroid against the next best), the highest score
 * wins.
 */
final class KChoice {

	private static final int SAMPLE = 10_000;

	private KChoice() {
	}

	static int choose(SparseRows rows, int minK, int maxK, long seed, Parallel parallel) {
		SparseRows sample = rows;
		if (rows.size() > SAMPLE) {
			int[] picked = new int[SAMPLE];
			for (int i = 0; i < SAMPLE; i++) {
				picked[i] = (int) ((long) i * rows.size() / SAMPLE);
			}
			sample = rows.subset(picked);
		}
		int bestK = minK;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int k = minK; k <= Math.min(maxK, sample.size()); k = Math.max(k + 1, (int) Math.round(k * 1.25))) {
			SphericalKMeans.Result result = new SphericalKMeans(k, seed, 1, 20).fit(sample, parallel);
			double score = silhouette(sample, result);
			if (score > bestScore) {
				bestScore = score;
				bestK = k;
			}
		}
		return bestK;
	}

	static double silhouette(SparseRows rows, SphericalKMeans.Result result) {
		int k = result.k();
		float[] scores = new float[k];
		double sum = 0;
		for (int i = 0; i < rows.size(); i++) {
			int own = SphericalKMeans.nearest(rows.cols()[i], rows.vals()[i], result.centroids(), k, scores);
			double a = 1 - scores[own];
			double next = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				if (c != own && scores[c] > next) {
					next = scores[c];
				}
			}
			double b = 1 - next;
			double max = Math.max(a, b);
			sum += (max > 0) ? (b - a) / max : 0;
		}
		return sum / rows.size();
	}

}
