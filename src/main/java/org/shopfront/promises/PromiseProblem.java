package org.shopfront.promises;

import org.shopfront.ordering.OrderId;
import org.shopfront.shared.Conflict;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A promise cannot take the requested step from where it stands. */
final class PromiseProblem extends Conflict {

	private PromiseProblem(String key, Object... args) {
		super(key, args);
	}

	static PromiseProblem notOnTrack(OrderId order) {
		return new PromiseProblem("error.promise.notOnTrack");
	}

	static PromiseProblem changedMeanwhile() {
		return new PromiseProblem("error.promise.stale");
	}

	static PromiseProblem alreadyAnswered() {
		return new PromiseProblem("error.promise.alreadyAnswered");
	}

	/** A switch to an offering that the retailer call did not offer. */
	static PromiseProblem notOffered() {
		return new PromiseProblem("error.promise.notOffered");
	}

	/**
	 * Ordering refused the switch; the message names its reason, resolved from the
	 * bundles like any other message.
	 */
	static PromiseProblem couldNotSwitch(String reasonKey, Object... reasonArguments) {
		return new PromiseProblem("error.promise.switchFailed",
				new DefaultMessageSourceResolvable(new String[] { reasonKey }, reasonArguments, reasonKey));
	}

}
