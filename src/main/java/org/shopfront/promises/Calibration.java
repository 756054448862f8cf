package org.shopfront.promises;

import java.util.List;

/**
 * Quantile recalibration learnt from outcomes: how often the forecasts and the promises
 * at each level actually held, per segment, each segment's estimate shrunk towards that
 * of the segment after it (offering towards need, need towards provider, …, everything
 * towards the raw levels) in proportion to the orders it rests on, so that a segment with
 * few outcomes borrows its parent's and one with many speaks for itself.
 */
final class Calibration {

	private final boolean enabled;

	private final boolean bySegment;

	private final int priorWeight;

	/**
	 * @param priorWeight the orders at which a segment's own estimate weighs as much as
	 * its parent's
	 */
	Calibration(boolean enabled, boolean bySegment, int priorWeight) {
		this.enabled = enabled;
		this.bySegment = bySegment;
		this.priorWeight = priorWeight;
	}

	/**
	 * The map for a quote from the first of these segments, the others being its parents.
	 */
	CalibrationMap map(List<Segment> chain) {
		CalibrationMap map = CalibrationMap.IDENTITY;
		if (!this.enabled) {
			return map;
		}
		List<Segment> used = this.bySegment ? chain : chain.subList(chain.size() - 1, chain.size());
		for (int i = used.size() - 1; i >= 0; i--) {
			map = map.shrink(used.get(i).calibration().estimate(), this.priorWeight);
		}
		return map;
	}

}
