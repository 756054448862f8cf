package org.shopfront.ordering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the orders this node placed ({@code shopfront_orders_placed_total}), once their
 * transaction committed; Prometheus adds the nodes up. A plain listener that counts after
 * the commit, not a transactional one: the event registry would otherwise keep a
 * publication row for every order only to count it.
 */
@Component
class OrderMeters {

	private final Counter placed;

	OrderMeters(MeterRegistry registry) {
		this.placed = Counter.builder("shopfront.orders.placed")
			.description("Orders placed (committed) on this node")
			.register(registry);
	}

	@EventListener
	void on(OrderPlaced event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.placed.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				OrderMeters.this.placed.increment();
			}
		});
	}

}
