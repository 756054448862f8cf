package org.shopfront.demand;

import org.shopfront.shared.Conflict;

/**
 * A demand cannot make the requested move from where it stands (deciding twice, proposing
 * on a closed demand), or it changed meanwhile.
 */
public final class DemandConflict extends Conflict {

	private DemandConflict(String key, Object... args) {
		super(key, args);
	}

	static DemandConflict illegalMove(String action, DemandStatus status) {
		return new DemandConflict("error.demand.illegalMove." + action, status.name());
	}

	static DemandConflict alreadyDecided() {
		return new DemandConflict("error.demand.alreadyDecided");
	}

	static DemandConflict changedMeanwhile() {
		return new DemandConflict("error.demand.stale");
	}

}
