package org.shopfront.ordering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts the orders this node placed ({@code shopfront_orders_placed_total}), once their
 * transaction committed; Prometheus adds the nodes up.
 */
@Component
class OrderMeters {

	private final Counter placed;

	OrderMeters(MeterRegistry registry) {
		this.placed = Counter.builder("shopfront.orders.placed")
			.description("Orders placed (committed) on this node")
			.register(registry);
	}

	@TransactionalEventListener
	void on(OrderPlaced event) {
		this.placed.increment();
	}

}
