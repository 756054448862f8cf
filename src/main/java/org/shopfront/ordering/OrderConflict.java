package org.shopfront.ordering;

import org.shopfront.shared.Conflict;

/**
 * An order cannot make the requested move from where it stands, or it changed meanwhile.
 */
public final class OrderConflict extends Conflict {

	private OrderConflict(String key, Object... args) {
		super(key, args);
	}

	static OrderConflict illegalTransition(String action, OrderStatus status) {
		return new OrderConflict("error.order.illegalTransition." + action, status.name());
	}

	static OrderConflict changedMeanwhile() {
		return new OrderConflict("error.order.stale");
	}

	static OrderConflict alreadyTaken() {
		return new OrderConflict("error.order.alreadyTaken");
	}

}
