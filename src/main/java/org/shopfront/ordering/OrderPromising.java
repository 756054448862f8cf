package org.shopfront.ordering;

/**
 * Makes an order's delivery promise as the order is placed, in the order's transaction,
 * so that no order is ever without its promise and no listener has to wait for one. The
 * promises module implements it; without it orders are placed without a promise.
 */
public interface OrderPromising {

	/** The promise of the date {@link OrderPlaced#promise()} that the customer saw. */
	void promise(OrderPlaced placed);

}
