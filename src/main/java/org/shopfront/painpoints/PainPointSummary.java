package org.shopfront.painpoints;

import java.util.List;

/**
 * One pain point on the board: how many tickets, their weekly volume over the board's
 * weeks, how long they take to resolve, how often they come back, whom they hurt, and the
 * hours they cost.
 *
 * @param medianHours median time to resolve, or null without resolved tickets
 * @param reopenShare share of tickets reopened (0..1), or null when the service desk did
 * not say
 * @param trendPercent change of the last four weeks against the four before, or null when
 * those were empty
 */
record PainPointSummary(PainPointId id, String label, List<String> terms, long tickets, List<Long> weekly,
		Double medianHours, Double reopenShare, List<Share> units, List<Share> locations, double hoursLost,
		Integer trendPercent) {

	/** A business unit or location and how many of the tickets came from it. */
	record Share(String name, long tickets) {
	}

}
