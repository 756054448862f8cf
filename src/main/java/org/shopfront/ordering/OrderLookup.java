package org.shopfront.ordering;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.shopfront.people.Directory;
import org.shopfront.people.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordering module's read API for other modules, for what its events cannot carry: an
 * order named by its id, how it ended, who took it. A listener of ordering's events finds
 * what it needs in the event.
 */
@Service
@Transactional(readOnly = true)
public class OrderLookup {

	private final Orders orders;

	private final Directory directory;

	OrderLookup(Orders orders, Directory directory) {
		this.orders = orders;
		this.directory = directory;
	}

	public Optional<OrderReference> find(OrderId id) {
		return this.orders.find(id).map(OrderReference::of);
	}

	/** How the order ended, if it has: delivered, cancelled or rejected. */
	public Optional<OrderEnd> end(OrderId id) {
		return this.orders.find(id).flatMap(order -> {
			if (order.deliveredAt() != null) {
				return Optional.of(new OrderEnd(order.deliveredAt(), true, OrderUnits.of(order, this.directory)));
			}
			if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REJECTED) {
				return Optional.of(new OrderEnd(order.closedAt(), false, OrderUnits.of(order, this.directory)));
			}
			return Optional.empty();
		});
	}

	/** The units the order's outcome counts for, as they are now. */
	public OrderUnits units(OrderId id) {
		return this.orders.find(id)
			.map(order -> OrderUnits.of(order, this.directory))
			.orElseThrow(() -> OrderNotFound.forId(id));
	}

	/** Who took each of the orders that a fulfiller has taken. */
	public Map<OrderId, UserId> fulfillers(Collection<OrderId> ids) {
		return this.orders.fulfillers(ids);
	}

	public OrderReference require(OrderId id) {
		return find(id).orElseThrow(() -> OrderNotFound.forId(id));
	}

}
