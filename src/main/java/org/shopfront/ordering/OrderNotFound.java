package org.shopfront.ordering;

import org.shopfront.shared.NotFound;

/** No such order, or not one the asker may see: both answer 404 so ids leak nothing. */
public final class OrderNotFound extends NotFound {

	private OrderNotFound(Object id) {
		super("error.order.notFound", id);
	}

	public static OrderNotFound forId(Object id) {
		return new OrderNotFound(id);
	}

}
