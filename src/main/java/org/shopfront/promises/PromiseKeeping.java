package org.shopfront.promises;

import java.time.Instant;

import org.shopfront.ordering.OrderCancelled;
import org.shopfront.ordering.OrderDelivered;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderLookup;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.ordering.OrderPromising;
import org.shopfront.ordering.OrderRejected;
import org.shopfront.ordering.OrderUnits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a promise for every order placed (the date the customer saw when placing it), in
 * the order's transaction through ordering's {@link OrderPromising}, and records how each
 * promise turned out as its order is delivered, cancelled or rejected. The outcomes are
 * driven by ordering's events through the event publication registry, so none is lost
 * between the order's transaction and this one; as the promise exists from the order's
 * commit on, an outcome always finds it.
 */
@Service
class PromiseKeeping implements OrderPromising {

	private final Promises promises;

	private final Forecasts forecasts;

	private final ApplicationEventPublisher events;

	private final OrderLookup orders;

	private final ObjectProvider<PromiseRecording> recording;

	PromiseKeeping(Promises promises, Forecasts forecasts, ApplicationEventPublisher events, OrderLookup orders,
			ObjectProvider<PromiseRecording> recording) {
		this.promises = promises;
		this.forecasts = forecasts;
		this.events = events;
		this.orders = orders;
		this.recording = recording;
	}

	@Override
	public void promise(OrderPlaced placed) {
		Promise promise = Promise.madeFor(placed);
		this.promises.insert(promise);
		PromiseRecording ledger = this.recording.getIfAvailable();
		if (ledger != null) {
			ledger.made(PromiseMade.of(promise));
		}
		else {
			this.events.publishEvent(PromiseMade.of(promise));
		}
		// The forecaster is memory: it learns of the order once the order exists.
		afterCommit(
				() -> this.forecasts.opened(placed.orderId(), promise.segments(), placed.placedAt(), placed.promise()));
	}

	/**
	 * Makes the promise of an order placed before promises were made in the order's
	 * transaction, as the previous release's listener of {@link OrderPlaced} did: once
	 * (an order that has its promise keeps it), and closed at once if the order has
	 * already ended, since the outcome's event found no promise to close.
	 */
	void promiseLate(OrderPlaced placed) {
		if (!this.promises.ofOrder(placed.orderId()).isEmpty()) {
			return;
		}
		Promise promise = Promise.madeFor(placed);
		this.promises.insert(promise);
		this.forecasts.opened(placed.orderId(), promise.segments(), placed.placedAt(), placed.promise());
		this.events.publishEvent(PromiseMade.of(promise));
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

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
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
