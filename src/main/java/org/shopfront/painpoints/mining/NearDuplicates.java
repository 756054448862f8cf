package org.shopfront.painpoints.mining;

import java.util.Arrays;
import java.util.List;

/**
 * Pain points that are one problem told apart by k-means (k chosen too high for the
 * corpus, or one problem written two ways): two whose centroids' cosine similarity is at
 * least {@value #SIMILAR}, whose best phrase is the same, or that are a little alike
 * ({@value #SHARING}) and share one of their first phrases are one pain point.
 */
final class NearDuplicates {

	/**
	 * Centroid similarity from which two pain points are one; well above that of two
	 * problems that share only their domain's words ("printer" and "laptop" requests).
	 */
	static final double SIMILAR = 0.45;

	/**
	 * Centroid similarity from which two pain points are one when their {@value #TOP}
	 * best phrases have one in common.
	 */
	static final double SHARING = 0.15;

	private static final int TOP = 3;

	private NearDuplicates() {
	}

	/**
	 * The group of each cluster, numbered by first cluster, or null when every cluster
	 * stands alone.
	 * @param ranked each cluster's phrases, best first
	 */
	static int[] groups(SphericalKMeans.Result clusters, List<List<String>> ranked) {
		int k = clusters.k();
		double[] similarity = similarities(clusters.centroids(), k);
		int[] parent = new int[k];
		Arrays.setAll(parent, (c) -> c);
		boolean merged = false;
		for (int a = 0; a < k; a++) {
			for (int b = a + 1; b < k; b++) {
				double cosine = similarity[a * k + b];
				if (cosine >= SIMILAR || sameBest(ranked.get(a), ranked.get(b))
						|| cosine >= SHARING && shareAPhrase(ranked.get(a), ranked.get(b))) {
					parent[root(parent, b)] = root(parent, a);
					merged = true;
				}
			}
		}
		if (!merged) {
			return null;
		}
		int[] group = new int[k];
		int[] number = new int[k];
		Arrays.fill(number, -1);
		int groups = 0;
		for (int c = 0; c < k; c++) {
			int root = root(parent, c);
			if (number[root] < 0) {
				number[root] = groups++;
			}
			group[c] = number[root];
		}
		return group;
	}

	/** The clusters merged by group, with new centroids. */
	static SphericalKMeans.Result merge(SparseRows rows, SphericalKMeans.Result clusters, int[] group,
			Parallel parallel) {
		int k = Arrays.stream(group).max().orElse(0) + 1;
		int[] assignments = Arrays.stream(clusters.assignments()).map((c) -> group[c]).toArray();
		return SphericalKMeans.of(rows, k, assignments, parallel);
	}

	/** The cosine similarity of each pair of unit-length centroids, a k x k matrix. */
	static double[] similarities(float[] centroids, int k) {
		double[] dots = new double[k * k];
		int[] present = new int[k];
		for (int base = 0; base < centroids.length; base += k) {
			int size = 0;
			for (int c = 0; c < k; c++) {
				if (centroids[base + c] != 0) {
					present[size++] = c;
				}
			}
			for (int i = 0; i < size; i++) {
				for (int j = i + 1; j < size; j++) {
					dots[present[i] * k + present[j]] += (double) centroids[base + present[i]]
							* centroids[base + present[j]];
				}
			}
		}
		return dots;
	}

	private static boolean sameBest(List<String> some, List<String> others) {
		return !some.isEmpty() && !others.isEmpty() && some.get(0).equals(others.get(0));
	}

	/** Whether the first phrases of two pain points have one in common. */
	private static boolean shareAPhrase(List<String> some, List<String> others) {
		return some.subList(0, Math.min(TOP, some.size()))
			.stream()
			.anyMatch(others.subList(0, Math.min(TOP, others.size()))::contains);
	}

	private static int root(int[] parent, int c) {
		while (parent[c] != c) {
			c = parent[c];
		}
		return c;
	}

}
