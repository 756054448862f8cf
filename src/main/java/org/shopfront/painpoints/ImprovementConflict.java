package org.shopfront.painpoints;

import org.shopfront.shared.Conflict;

/** An improvement cannot change as asked. */
final class ImprovementConflict extends Conflict {

	private ImprovementConflict(String messageKey) {
		super(messageKey);
	}

	static ImprovementConflict alreadyDone() {
		return new ImprovementConflict("error.improvement.alreadyDone");
	}

	static ImprovementConflict changedMeanwhile() {
		return new ImprovementConflict("error.improvement.changedMeanwhile");
	}

}
