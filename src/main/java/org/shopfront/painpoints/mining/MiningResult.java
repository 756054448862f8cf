package org.shopfront.painpoints.mining;

import java.util.List;

/**
 * The pain points found in a list of tickets, the pain point of each ticket (by its
 * position in the list), the model that assigns new tickets, the corpus-specific
 * boilerplate terms that were learned and left out, and how long analysis and clustering
 * took.
 */
public record MiningResult(List<PainPoint> painPoints, int[] assignments, PainPointModel model,
		List<String> learnedBoilerplate, int features, long analyseMs, long clusterMs) {

	public MiningResult {
		painPoints = List.copyOf(painPoints);
		learnedBoilerplate = List.copyOf(learnedBoilerplate);
	}

}
