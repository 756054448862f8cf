package org.shopfront.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.ordering.OrderImport;
import org.shopfront.ordering.OrderImport.HistoricOrder;
import org.shopfront.ordering.OrderStep.Kind;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Role;

/**
 * Two years of orders made up by {@link OrderSimulation} for the demo company and store,
 * and orders of the demo logins that stand where the demo journeys start, recorded
 * through ordering's import.
 */
final class DemoOrders implements DemoStep {

	static final int DAYS = 730;

	private final OrderImport orders;

	private final Directory directory;

	private final Catalog catalog;

	private final Clock clock;

	private final long seed;

	DemoOrders(OrderImport orders, Directory directory, Catalog catalog, Clock clock, long seed) {
		this.orders = orders;
		this.directory = directory;
		this.catalog = catalog;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	public String name() {
		return "orders";
	}

	@Override
	public boolean due() {
		return this.orders.orderBookIsEmpty();
	}

	@Override
	public String seed() {
		List<Person> customers = this.directory.withRole(Role.CUSTOMER);
		List<Person> fulfillers = this.directory.withRole(Role.FULFILLER);
		List<OrderableOffering> offerings = this.catalog.allOrderable()
			.stream()
			.filter(OrderableOffering::active)
			.sorted(Comparator.comparing(OrderableOffering::title)
				.thenComparing(OrderableOffering::needTitle)
				.thenComparing(OrderableOffering::providerName))
			.toList();
		if (customers.isEmpty() || fulfillers.isEmpty() || offerings.isEmpty()) {
			return "none: no customers, fulfillers or offerings to make them from";
		}
		OrderSimulation simulation = new OrderSimulation(new Draws(this.seed ^ 0x0DE125L), this.clock.instant(),
				customers, fulfillers, offerings, this.orders::needsApproval);
		List<HistoricOrder> history = new ArrayList<>(simulation.run(DAYS));
		int simulated = history.size();
		addShowcases(simulation, customers, history);
		int lines = this.orders.recordPast(history);
		return history.size() + " orders over " + DAYS + " days (" + (history.size() - simulated)
				+ " of them for the demo logins' journeys), " + lines + " timeline lines";
	}

	/**
	 * Gives the demo customers orders that stand where the demo journeys start: one
	 * waiting for the manager, one being worked on, one delivered and waiting for
	 * confirmation, one still in the queue; and two more requests from the demo manager's
	 * other reports.
	 */
	private void addShowcases(OrderSimulation simulation, List<Person> customers, List<HistoricOrder> orders) {
		this.directory.findByUsername("customer").ifPresent((customer) -> {
			simulation
				.showcase(customer, (o) -> simulation.needsApproval(o, 1), Duration.ofHours(26), Kind.SENT_FOR_APPROVAL)
				.ifPresent(orders::add);
			simulation
				.showcase(customer, (o) -> !simulation.needsApproval(o, 1) && o.physical() && o.deliveryDays() >= 5,
						Duration.ofDays(4), Kind.TAKEN)
				.ifPresent(orders::add);
			simulation
				.showcase(customer, (o) -> !simulation.needsApproval(o, 1) && !o.physical() && o.deliveryDays() <= 2,
						Duration.ofDays(7), Kind.DELIVERED)
				.ifPresent(orders::add);
		});
		this.directory.findByUsername("manager").ifPresent((manager) -> {
			List<Person> reports = customers.stream()
				.filter((p) -> manager.id().equals(p.managerId()) && !p.username().equals("customer"))
				.limit(2)
				.toList();
			for (int i = 0; i < reports.size(); i++) {
				simulation
					.showcase(reports.get(i), (o) -> simulation.needsApproval(o, 1), Duration.ofHours(5 + 40 * i),
							Kind.SENT_FOR_APPROVAL)
					.ifPresent(orders::add);
			}
		});
		this.directory.findByUsername("customer2")
			.flatMap((customer) -> simulation.showcase(customer, (o) -> !simulation.needsApproval(o, 1),
					Duration.ofMinutes(90), Kind.PLACED))
			.ifPresent(orders::add);
	}

}
