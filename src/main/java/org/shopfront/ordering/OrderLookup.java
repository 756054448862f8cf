package org.shopfront.ordering;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.shopfront.people.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordering module's read API for other modules: names an order by its id, for
 * instance for a notice about an event that carries only ids.
 */
@Service
@Transactional(readOnly = true)
public class OrderLookup {

	private final Orders orders;

	OrderLookup(Orders orders) {
		this.orders = orders;
	}

	public Optional<OrderReference> find(OrderId id) {
		return this.orders.find(id)
			.map(order -> new OrderReference(order.id(), order.number(), order.offeringTitle(), order.quantity(),
					order.firstYearValue(), order.customerId(), order.customerName(), order.managerId()));
	}

	/** How the order ended, if it has: delivered, cancelled or rejected. */
	public Optional<OrderEnd> end(OrderId id) {
		return this.orders.find(id).flatMap(order -> {
			if (order.deliveredAt() != null) {
				return Optional.of(new OrderEnd(order.deliveredAt(), true));
			}
			if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REJECTED) {
				return Optional.of(new OrderEnd(order.closedAt(), false));
			}
			return Optional.empty();
		});
	}

	/** Who took each of the orders that a fulfiller has taken. */
	public Map<OrderId, UserId> fulfillers(Collection<OrderId> ids) {
		return this.orders.fulfillers(ids);
	}

	public OrderReference require(OrderId id) {
		return find(id).orElseThrow(() -> OrderNotFound.forId(id));
	}

}
