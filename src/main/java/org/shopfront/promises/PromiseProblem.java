package org.shopfront.promises;

import org.shopfront.ordering.OrderId;
import org.shopfront.shared.Conflict;

/** A promise cannot take the requested step from where it stands. */
final class PromiseProblem extends Conflict {

	private PromiseProblem(String key, Object... args) {
		super(key, args);
	}

	static PromiseProblem notOnTrack(OrderId order) {
		return new PromiseProblem("error.promise.notOnTrack");
	}

	static PromiseProblem dateInThePast() {
		return new PromiseProblem("error.promise.dateInThePast");
	}

	static PromiseProblem changedMeanwhile() {
		return new PromiseProblem("error.promise.stale");
	}

	static PromiseProblem alreadyAnswered() {
		return new PromiseProblem("error.promise.alreadyAnswered");
	}

}
