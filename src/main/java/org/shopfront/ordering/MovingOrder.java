package org.shopfront.ordering;

import java.time.Clock;
import java.time.Instant;

import org.shopfront.catalog.Catalog;
import org.shopfront.people.Directory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an order along: approve or reject (its customer's manager), take, note progress
 * and deliver (fulfillers), confirm or cancel (its customer). Each move is one
 * transaction that saves the order against the version it read, adds a timeline line and
 * publishes an event.
 */
@Service
@Transactional
class MovingOrder {

	private final Orders orders;

	private final OrderQueries queries;

	private final Catalog catalog;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MovingOrder(Orders orders, OrderQueries queries, Catalog catalog, Directory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.queries = queries;
		this.catalog = catalog;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	Order approve(Viewer viewer, OrderId id) {
		Order order = this.queries.visible(viewer, id);
		requireApprover(viewer, order);
		Instant now = this.clock.instant();
		Order approved = save(order.approve(), OrderStep.Kind.APPROVED, viewer, null, now);
		this.events.publishEvent(OrderApproved.of(approved, viewer, now));
		return approved;
	}

	Order reject(Viewer viewer, OrderId id, String reason) {
		Order order = this.queries.visible(viewer, id);
		requireApprover(viewer, order);
		Instant now = this.clock.instant();
		Order rejected = save(order.reject(now), OrderStep.Kind.REJECTED, viewer, reason, now);
		this.catalog.returnStock(order.offeringId(), order.quantity());
		this.events.publishEvent(OrderRejected.of(rejected, viewer, reason, OrderUnits.of(rejected, this.directory)));
		return rejected;
	}

	Order take(Viewer viewer, OrderId id) {
		Order order = this.queries.visible(viewer, id);
		requireFulfiller(viewer);
		Instant now = this.clock.instant();
		Order taken = save(order.take(viewer.id()), OrderStep.Kind.TAKEN, viewer, null, now);
		this.events.publishEvent(OrderTaken.of(taken, viewer, now));
		return taken;
	}

	Order note(Viewer viewer, OrderId id, String note) {
		Order order = this.queries.visible(viewer, id);
		requireFulfiller(viewer);
		order.checkCanNote();
		Instant now = this.clock.instant();
		this.orders.addStep(id, OrderStep.Kind.NOTE, viewer.id(), viewer.name(), note, now);
		this.events.publishEvent(OrderProgressNoted.of(order, viewer, note, now));
		return order;
	}

	Order deliver(Viewer viewer, OrderId id) {
		Order order = this.queries.visible(viewer, id);
		requireFulfiller(viewer);
		Instant now = this.clock.instant();
		Order delivered = save(order.deliver(now), OrderStep.Kind.DELIVERED, viewer, null, now);
		this.events.publishEvent(OrderDelivered.of(delivered, OrderUnits.of(delivered, this.directory)));
		return delivered;
	}

	Order confirm(Viewer viewer, OrderId id) {
		Order order = this.queries.visible(viewer, id);
		requireCustomer(viewer, order);
		Instant now = this.clock.instant();
		Order confirmed = save(order.confirm(now), OrderStep.Kind.CONFIRMED, viewer, null, now);
		this.events.publishEvent(DeliveryConfirmed.of(confirmed));
		return confirmed;
	}

	Order cancel(Viewer viewer, OrderId id) {
		Order order = this.queries.visible(viewer, id);
		requireCustomer(viewer, order);
		Instant now = this.clock.instant();
		Order cancelled = save(order.cancel(now), OrderStep.Kind.CANCELLED, viewer, null, now);
		this.catalog.returnStock(order.offeringId(), order.quantity());
		this.events.publishEvent(OrderCancelled.of(cancelled, OrderUnits.of(cancelled, this.directory)));
		return cancelled;
	}

	private Order save(Order moved, OrderStep.Kind step, Viewer actor, String note, Instant now) {
		if (!this.orders.update(moved)) {
			throw OrderConflict.changedMeanwhile();
		}
		this.orders.addStep(moved.id(), step, actor.id(), actor.name(), note, now);
		return moved.saved();
	}

	private static void requireApprover(Viewer viewer, Order order) {
		if (!viewer.isApproverOf(order)) {
			throw new AccessDeniedException("Only the customer's manager approves");
		}
	}

	private static void requireFulfiller(Viewer viewer) {
		if (!viewer.fulfiller()) {
			throw new AccessDeniedException("Only fulfillers work orders");
		}
	}

	private static void requireCustomer(Viewer viewer, Order order) {
		if (!viewer.isCustomerOf(order)) {
			throw new AccessDeniedException("Only the customer confirms or cancels");
		}
	}

}
