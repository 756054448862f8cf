package org.shopfront.painpoints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.painpoints.mining.TextAnalysis;

/**
 * Learns each pain point's {@link PainPointCentroid} from the miner's grouping of the
 * tickets, and places a new ticket at the nearest one. The miner's own model lives in
 * memory only; this one is small enough to store with the pain points, so every node
 * places new tickets the same way, before and after a restart. At most
 * {@link #SAMPLE_PER_POINT} tickets of a pain point are read, which keeps the second pass
 * over the text short on large corpora.
 */
final class PainPointCentroids {

	static final int SAMPLE_PER_POINT = 500;

	private final TextAnalysis analysis;

	PainPointCentroids(TextAnalysis analysis) {
		this.analysis = analysis;
	}

	/**
	 * One centroid per pain point.
	 * @param texts the mined tickets' text
	 * @param assignments the pain point (0..k-1) of each ticket, by position
	 */
	List<PainPointCentroid> learn(List<String> texts, int[] assignments, int k) {
		int[] taken = new int[k];
		List<Map<String, Integer>> documents = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		Map<String, Integer> df = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			int point = assignments[i];
			if (point < 0 || taken[point] >= SAMPLE_PER_POINT) {
				continue;
			}
			taken[point]++;
			Map<String, Integer> counts = stemCounts(texts.get(i));
			documents.add(counts);
			owners.add(point);
			counts.keySet().forEach((stem) -> df.merge(stem, 1, Integer::sum));
		}
		int n = documents.size();
		Map<String, Double> idf = new HashMap<>();
		df.forEach((stem, count) -> idf.put(stem, 1 + Math.log((1.0 + n) / (1.0 + count))));
		List<Map<String, Double>> sums = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			sums.add(new HashMap<>());
		}
		for (int d = 0; d < n; d++) {
			Map<String, Integer> counts = documents.get(d);
			double norm = 0;
			Map<String, Double> vector = new HashMap<>();
			for (Map.Entry<String, Integer> e : counts.entrySet()) {
				double w = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
				vector.put(e.getKey(), w);
				norm += w * w;
			}
			double scale = (norm > 0) ? 1 / Math.sqrt(norm) : 0;
			Map<String, Double> sum = sums.get(owners.get(d));
			vector.forEach((stem, w) -> sum.merge(stem, w * scale, Double::sum));
		}
		List<PainPointCentroid> centroids = new ArrayList<>();
		for (Map<String, Double> sum : sums) {
			double norm = Math.sqrt(sum.values().stream().mapToDouble((w) -> w * w).sum());
			Map<String, Float> weights = new HashMap<>();
			sum.forEach((stem, w) -> weights.put(stem, (float) (w / norm * idf.get(stem))));
			centroids.add(PainPointCentroid.of(weights));
		}
		return centroids;
	}

	/** The position of the best-fitting centroid, or -1 when the ticket fits none. */
	int nearest(String text, List<PainPointCentroid> centroids) {
		Map<String, Integer> counts = stemCounts(text);
		int best = -1;
		double bestScore = 0;
		for (int c = 0; c < centroids.size(); c++) {
			double score = centroids.get(c).score(counts);
			if (score > bestScore) {
				best = c;
				bestScore = score;
			}
		}
		return best;
	}

	private Map<String, Integer> stemCounts(String text) {
		Map<String, Integer> counts = new HashMap<>();
		for (String stem : this.analysis.terms(text)) {
			counts.merge(stem, 1, Integer::sum);
		}
		return counts;
	}

}
