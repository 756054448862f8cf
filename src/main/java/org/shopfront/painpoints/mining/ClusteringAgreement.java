package org.shopfront.painpoints.mining;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well clusters agree with gold labels, as scikit-learn computes them: normalised
 * mutual information (arithmetic mean of the entropies), adjusted Rand index and
 * V-measure.
 */
public record ClusteringAgreement(double nmi, double ari, double vMeasure) {

	public static ClusteringAgreement of(List<String> gold, int[] clusters) {
		if (gold.size() != clusters.length) {
			throw new IllegalArgumentException("gold and clusters differ in length");
		}
		int n = clusters.length;
		Map<String, Integer> classIds = new HashMap<>();
		Map<Long, Integer> cells = new HashMap<>();
		Map<Integer, Integer> clusterSizes = new HashMap<>();
		int[] classSizes = new int[n];
		for (int i = 0; i < n; i++) {
			int g = classIds.computeIfAbsent(gold.get(i), (label) -> classIds.size());
			classSizes[g]++;
			clusterSizes.merge(clusters[i], 1, Integer::sum);
			cells.merge(((long) g << 32) | (clusters[i] & 0xFFFFFFFFL), 1, Integer::sum);
		}
		double hClass = 0;
		double pairsClass = 0;
		for (int g = 0; g < classIds.size(); g++) {
			hClass -= plogp(classSizes[g], n);
			pairsClass += pairs(classSizes[g]);
		}
		double hCluster = 0;
		double pairsCluster = 0;
		for (int size : clusterSizes.values()) {
			hCluster -= plogp(size, n);
			pairsCluster += pairs(size);
		}
		double mutual = 0;
		double pairsCells = 0;
		for (Map.Entry<Long, Integer> cell : cells.entrySet()) {
			int g = (int) (cell.getKey() >>> 32);
			int c = (int) cell.getKey().longValue();
			double nij = cell.getValue();
			mutual += nij / n * Math.log(nij * n / ((double) classSizes[g] * clusterSizes.get(c)));
			pairsCells += pairs(cell.getValue());
		}
		double nmi = (hClass + hCluster == 0) ? 1.0 : Math.max(0, mutual) / ((hClass + hCluster) / 2);
		double homogeneity = (hClass == 0) ? 1.0 : mutual / hClass;
		double completeness = (hCluster == 0) ? 1.0 : mutual / hCluster;
		double vMeasure = (homogeneity + completeness == 0) ? 0
				: 2 * homogeneity * completeness / (homogeneity + completeness);
		double expected = pairsClass * pairsCluster / pairs(n);
		double max = (pairsClass + pairsCluster) / 2;
		double ari = (max == expected) ? 1.0 : (pairsCells - expected) / (max - expected);
		return new ClusteringAgreement(Math.min(1, nmi), ari, Math.min(1, vMeasure));
	}

	private static double plogp(int count, int n) {
		if (count == 0) {
			return 0;
		}
		double p = (double) count / n;
		return p * Math.log(p);
	}

	private static double pairs(long count) {
		return count * (count - 1) / 2.0;
	}

}
