package org.shopfront.ordering;

import java.util.List;

/**
 * The promises made for an order, newest first, for the order page. The promises module
 * implements it; without it the order page shows no promise.
 */
public interface OrderPromises {

	List<OrderPromise> of(OrderId order);

}
