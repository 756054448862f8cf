package org.shopfront.ordering;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.DeliveryEstimates;
import org.shopfront.catalog.DeliveryQuote;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.catalog.OutOfStock;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places an order: checks the answers and stock, takes stock, routes the order to the
 * customer's manager when its first-year value is above the threshold, writes the first
 * timeline lines, makes the order's promise ({@link OrderPromising}), stores its notices
 * ({@link OrderReceipts}) and publishes {@link OrderPlaced}, all in one transaction.
 */
@Service
class PlacingOrder {

	private final Orders orders;

	private final Catalog catalog;

	private final Directory directory;

	private final OrderingProperties properties;

	private final ApplicationEventPublisher events;

	private final DeliveryEstimates delivery;

	private final ObjectProvider<OrderPromising> promising;

	private final ObjectProvider<OrderReceipts> receipts;

	private final Clock clock;

	PlacingOrder(Orders orders, Catalog catalog, DeliveryEstimates delivery, Directory directory,
			OrderingProperties properties, ApplicationEventPublisher events, ObjectProvider<OrderPromising> promising,
			ObjectProvider<OrderReceipts> receipts, Clock clock) {
		this.orders = orders;
		this.catalog = catalog;
		this.delivery = delivery;
		this.directory = directory;
		this.properties = properties;
		this.events = events;
		this.promising = promising;
		this.receipts = receipts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	OrderableOffering offering(OfferingId id) {
		return this.catalog.orderable(id);
	}

	/** The delivery date an order placed now would be promised for. */
	DeliveryQuote quote(OrderableOffering offering) {
		return this.delivery.now(offering);
	}

	/** Whether an order of this size would wait for the manager's approval. */
	boolean needsApproval(OrderableOffering offering, int quantity) {
		return Order.firstYearValue(offering.oneOffPrice(), offering.monthlyPrice(), Math.max(quantity, 1))
			.compareTo(this.properties.approvalThreshold()) > 0;
	}

	/** A new order and its first timeline lines, so that no one has to read them back. */
	record PlacedOrder(Order order, List<OrderStep> timeline, DeliveryQuote promise) {
	}

	@Transactional
	PlacedOrder place(Viewer customer, PlaceOrder command) {
		OrderableOffering offering = this.catalog.orderable(new OfferingId(command.offeringId()));
		if (!offering.active()) {
			throw InvalidOrder.notOrderable();
		}
		List<Order.Detail> details = details(offering, command.answers());
		if (!offering.inStock(command.quantity())) {
			throw InvalidOrder.notEnoughStock(offering.stock() == null ? 0 : offering.stock());
		}
		Person person = this.directory.require(customer.id());
		boolean needsApproval = needsApproval(offering, command.quantity());
		if (needsApproval && person.managerId() == null) {
			throw InvalidOrder.noApprover();
		}
		try {
			this.catalog.takeStock(offering, command.quantity());
		}
		catch (OutOfStock ex) {
			// Someone else took the last items between our check and our update.
			throw InvalidOrder.notEnoughStock(this.catalog.orderable(offering.id()).stock());
		}
		Instant now = this.clock.instant();
		Order order = Order.place(this.orders.nextNumber(), person.id(), person.displayName(), person.managerId(),
				offering, command.quantity(), details, needsApproval, now);
		this.orders.insert(order);
		List<OrderStep> timeline = new ArrayList<>(2);
		timeline
			.add(this.orders.addStep(order.id(), OrderStep.Kind.PLACED, person.id(), person.displayName(), null, now));
		String manager = null;
		if (needsApproval) {
			manager = this.directory.require(person.managerId()).displayName();
			timeline.add(this.orders.addStep(order.id(), OrderStep.Kind.SENT_FOR_APPROVAL, person.managerId(), manager,
					null, now));
		}
		DeliveryQuote promise = this.delivery.quote(offering, command.quantity(), now);
		OrderPlaced placed = OrderPlaced.of(order, manager, promise);
		this.promising.ifAvailable(promising -> promising.promise(placed));
		this.receipts.ifAvailable(receipts -> receipts.placed(placed));
		this.events.publishEvent(placed);
		return new PlacedOrder(order, timeline, promise);
	}

	private static List<Order.Detail> details(OrderableOffering offering, List<String> answers) {
		List<Order.Detail> details = new ArrayList<>();
		List<String> fields = offering.orderFields();
		if (answers.size() > fields.size()) {
			throw InvalidOrder.tooManyAnswers(fields.size());
		}
		for (int i = 0; i < fields.size(); i++) {
			String answer = i < answers.size() ? answers.get(i) : "";
			if (answer.isBlank()) {
				throw InvalidOrder.missingAnswer(i, fields.get(i));
			}
			if (answer.length() > 1000) {
				throw InvalidOrder.answerTooLong(i, 1000);
			}
			details.add(new Order.Detail(fields.get(i), answer));
		}
		return details;
	}

}
