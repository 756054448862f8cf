package org.shopfront.promises;

import java.time.Instant;

import org.shopfront.ordering.OrderCancelled;
import org.shopfront.ordering.OrderDelivered;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderLookup;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.ordering.OrderRejected;
import org.shopfront.ordering.OrderUnits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Makes a promise for every order placed (the date the customer saw when placing it) and
 * records how each promise turned out as its order is delivered, cancelled or rejected.
 * Driven by ordering's events through the event publication registry, so a promise is
 * never lost between the order's transaction and this one.
 */
@Service
class PromiseKeeping {

	private final Promises promises;

	private final Forecasts forecasts;

	private final ApplicationEventPublisher events;

	private final OrderLookup orders;

	PromiseKeeping(Promises promises, Forecasts forecasts, ApplicationEventPublisher events, OrderLookup orders) {
		this.orders = orders;
		this.promises = promises;
		this.forecasts = forecasts;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(OrderPlaced placed) {
		if (!this.promises.ofOrder(placed.orderId()).isEmpty()) {
			return; // a redelivered event: the promise was made the first time
		}
		Promise promise = Promise.madeFor(placed);
		this.promises.insert(promise);
		this.forecasts.opened(placed.orderId(), promise.segments(), placed.placedAt(), placed.promise());
		this.events.publishEvent(PromiseMade.of(promise));
		// Events are handled in any order when a listener had to be retried: an order
		// that ended before its promise was recorded closes the promise now, or it would
		// stay open (and be watched) for ever.
		this.orders.end(placed.orderId()).ifPresent((end) -> {
			if (end.delivered()) {
				this.forecasts.finished(placed.orderId(), end.at());
				close(placed.orderId(), end.at(), null, end.units());
			}
			else {
				this.forecasts.cancelled(placed.orderId(), end.at());
				close(placed.orderId(), end.at(), PromiseStatus.CANCELLED, end.units());
			}
		});
	}

	@ApplicationModuleListener
	void on(OrderDelivered delivered) {
		this.forecasts.finished(delivered.orderId(), delivered.deliveredAt());
		close(delivered.orderId(), delivered.deliveredAt(), null, delivered.units());
	}

	@ApplicationModuleListener
	void on(OrderCancelled cancelled) {
		this.forecasts.cancelled(cancelled.orderId(), cancelled.cancelledAt());
		close(cancelled.orderId(), cancelled.cancelledAt(), PromiseStatus.CANCELLED, cancelled.units());
	}

	@ApplicationModuleListener
	void on(OrderRejected rejected) {
		this.forecasts.cancelled(rejected.orderId(), rejected.rejectedAt());
		close(rejected.orderId(), rejected.rejectedAt(), PromiseStatus.CANCELLED, rejected.units());
	}

	/**
	 * Closes the order's open promise, if it still has one; null outcome: by delivery.
	 */
	private void close(OrderId order, Instant at, PromiseStatus outcome, OrderUnits units) {
		this.promises.openFor(order).ifPresent(promise -> {
			Promise closed = (outcome == null) ? promise.delivered(at) : promise.closed(outcome, at, null);
			if (!this.promises.update(closed)) {
				throw new IllegalStateException("Promise " + promise.id() + " changed meanwhile; retried later");
			}
			this.events.publishEvent(PromiseClosed.of(closed, units));
		});
	}

}
