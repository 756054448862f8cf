package org.shopfront.painpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shopfront.painpoints.mining.PainPointModel;

/**
 * The miner's own centroids, kept compactly so that any node places a new ticket after a
 * restart as the miner would have placed it (docs/decisions/0029): each pain point's
 * heaviest features of the run (stems and pairs of stems) with their weights, and a new
 * ticket's features counted by the run's {@link MinedFeatures}.
 */
final class PainPointCentroids {

	private PainPointCentroids() {
	}

	/** The centroid of each of the model's pain points, in order. */
	static List<PainPointCentroid> of(PainPointModel model) {
		List<PainPointCentroid> centroids = new ArrayList<>();
		for (int c = 0; c < model.painPoints().size(); c++) {
			centroids.add(PainPointCentroid.of(model.weights(c, PainPointCentroid.KEPT_TERMS)));
		}
		return centroids;
	}

	/**
	 * The position of the best-fitting centroid for a ticket with these feature counts,
	 * or -1 when the ticket fits none.
	 */
	static int nearest(Map<String, Float> features, List<PainPointCentroid> centroids) {
		int best = -1;
		double bestScore = 0;
		for (int c = 0; c < centroids.size(); c++) {
			double score = centroids.get(c).score(features);
			if (score > bestScore) {
				best = c;
				bestScore = score;
			}
		}
		return best;
	}

}
