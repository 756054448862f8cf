package org.shopfront.ordering;

/**
 * Tells the customer that an order was received (and the manager that it waits for their
 * approval) as the order is placed, in the order's transaction: the notice and its
 * deliveries commit with the order, so an acknowledged order is never without them and no
 * listener, event publication or registry mark is needed. The notify module implements
 * it; without it orders are placed without a notice.
 */
public interface OrderReceipts {

	/** Stores the notices of the order just placed. */
	void placed(OrderPlaced placed);

}
