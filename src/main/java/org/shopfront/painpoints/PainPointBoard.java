package org.shopfront.painpoints;

import java.time.LocalDate;
import java.util.List;

/**
 * What the board shows: the run the pain points come from, the Mondays of the weeks its
 * trends cover, the pain points by impact, and the improvements promised.
 */
record PainPointBoard(MiningRun run, List<LocalDate> weeks, List<PainPointSummary> painPoints,
		List<ImprovementView> improvements) {

	static PainPointBoard empty() {
		return new PainPointBoard(null, List.of(), List.of(), List.of());
	}

	public boolean mined() {
		return this.run != null;
	}

}
