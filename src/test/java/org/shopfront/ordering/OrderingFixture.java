package org.shopfront.ordering;

import java.time.Duration;
import java.util.List;

import org.shopfront.MovingClock;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.context.ApplicationContext;

/**
 * Places and moves orders for tests through the real use cases, so every order reaches
 * its status by legal transitions and carries a true timeline.
 */
public final class OrderingFixture {

	private final PlacingOrder placing;

	private final MovingOrder moving;

	private final Orders orders;

	private final PeopleFixture people;

	public OrderingFixture(ApplicationContext context) {
		this.placing = context.getBean(PlacingOrder.class);
		this.moving = context.getBean(MovingOrder.class);
		this.orders = context.getBean(Orders.class);
		this.people = new PeopleFixture(context);
	}

	Viewer viewer(Someone someone) {
		return Viewer.of(this.people.principal(someone));
	}

	Order order(OrderId id) {
		return this.orders.find(id).orElseThrow(() -> OrderNotFound.forId(id));
	}

	List<OrderStep.Kind> timeline(OrderId id) {
		return this.orders.timeline(id).stream().map(OrderStep::kind).toList();
	}

	public OrderId place(Someone customer, OfferingId offering, int quantity, String... answers) {
		return this.placing.place(viewer(customer), new PlaceOrder(offering.value(), quantity, List.of(answers)))
			.order()
			.id();
	}

	/**
	 * A delivery history: {@code count} orders of the offering one after the other, each
	 * delivered {@code takes} after it was placed, the clock moving along.
	 */
	public void deliveredHistory(Someone customer, Someone fulfiller, OfferingId offering, int count, Duration takes,
			MovingClock clock) {
		for (int i = 0; i < count; i++) {
			OrderId order = place(customer, offering, 1);
			take(fulfiller, order);
			clock.move(takes);
			deliver(fulfiller, order);
		}
	}

	public OrderStatus status(OrderId id) {
		return order(id).status();
	}

	public void approve(Someone manager, OrderId id) {
		this.moving.approve(viewer(manager), id);
	}

	public void reject(Someone manager, OrderId id, String reason) {
		this.moving.reject(viewer(manager), id, reason);
	}

	public void take(Someone fulfiller, OrderId id) {
		this.moving.take(viewer(fulfiller), id);
	}

	public void note(Someone fulfiller, OrderId id, String note) {
		this.moving.note(viewer(fulfiller), id, note);
	}

	public void deliver(Someone fulfiller, OrderId id) {
		this.moving.deliver(viewer(fulfiller), id);
	}

	public void confirm(Someone customer, OrderId id) {
		this.moving.confirm(viewer(customer), id);
	}

	public void cancel(Someone customer, OrderId id) {
		this.moving.cancel(viewer(customer), id);
	}

}
