package org.shopfront.ordering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer may do about an order whose promise is at risk, beyond waiting: switch
 * to another offering of the same need, or withdraw the order even while work is under
 * way. Called by the promises module inside its own transaction, so that the promise's
 * outcome and the orders change together or not at all.
 */
@Service
public class OrderRemedies {

	private final Orders orders;

	private final PlacingOrder placing;

	private final Catalog catalog;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrderRemedies(Orders orders, PlacingOrder placing, Catalog catalog, Directory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.placing = placing;
		this.catalog = catalog;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Places an order of {@code alternative} for the same customer, quantity and answers,
	 * and withdraws the original; returns the new order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OrderId switchTo(OrderId id, OfferingId alternative) {
		Order order = this.orders.find(id).orElseThrow(() -> OrderNotFound.forId(id));
		OrderableOffering offering = this.catalog.orderable(alternative);
		if (!offering.needId().equals(order.needId()) || offering.id().equals(order.offeringId())) {
			throw InvalidOrder.notOrderable();
		}
		Person customer = this.directory.require(order.customerId());
		Viewer asCustomer = new Viewer(customer.id(), customer.displayName(), false, false);
		List<String> answers = order.details().stream().map(Order.Detail::answer).toList();
		List<String> fields = offering.orderFields();
		List<String> carried = fields.stream()
			.map(field -> answerFor(order, field, answers, fields.indexOf(field)))
			.toList();
		Order placed = this.placing.place(asCustomer, new PlaceOrder(alternative.value(), order.quantity(), carried))
			.order();
		withdraw(order, asCustomer, "#" + placed.number());
		return placed.id();
	}

	/** Withdraws the order at its customer's request. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(OrderId id) {
		Order order = this.orders.find(id).orElseThrow(() -> OrderNotFound.forId(id));
		Person customer = this.directory.require(order.customerId());
		withdraw(order, new Viewer(customer.id(), customer.displayName(), false, false), null);
	}

	private void withdraw(Order order, Viewer customer, String note) {
		Instant now = this.clock.instant();
		Order withdrawn = order.withdraw(now);
		if (!this.orders.update(withdrawn)) {
			throw OrderConflict.changedMeanwhile();
		}
		this.orders.addStep(order.id(), OrderStep.Kind.CANCELLED, customer.id(), customer.name(), note, now);
		this.catalog.returnStock(order.offeringId(), order.quantity());
		this.events.publishEvent(OrderCancelled.of(withdrawn, OrderUnits.of(withdrawn, this.directory)));
	}

	private static String answerFor(Order order, String field, List<String> answers, int index) {
		return order.details()
			.stream()
			.filter(d -> d.label().equalsIgnoreCase(field))
			.map(Order.Detail::answer)
			.findFirst()
			.orElse(index < answers.size() ? answers.get(index) : "-");
	}

}
