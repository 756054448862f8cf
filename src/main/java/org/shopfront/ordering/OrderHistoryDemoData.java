package org.shopfront.ordering;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Role;
import org.shopfront.shared.Timestamps;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty order book with two years of history from {@link OrderHistorySimulation}
 * for the demo people and catalog, read through those modules' APIs. History is written
 * straight to the ordering tables in batches: it publishes no events and leaves the
 * catalog's current stock alone.
 */
@Component
@org.springframework.core.annotation.Order(30)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "true")
class OrderHistoryDemoData implements ApplicationRunner {

	static final int DAYS = 730;

	private static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(OrderHistoryDemoData.class);

	private final JdbcTemplate jdbc;

	private final Directory directory;

	private final Catalog catalog;

	private final OrderingProperties properties;

	private final Clock clock;

	private final long seed;

	OrderHistoryDemoData(JdbcTemplate jdbc, Directory directory, Catalog catalog, OrderingProperties properties,
			Clock clock, @Value("${shopfront.demo.seed:20261127}") long seed) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long existing = this.jdbc.queryForObject("select count(*) from purchase_order", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		long started = System.nanoTime();
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
			log.info("Demo order history skipped: no customers, fulfillers or offerings to make it from");
			return;
		}
		OrderHistorySimulation simulation = new OrderHistorySimulation(new Random(this.seed ^ 0x0DE125L),
				this.clock.instant(), customers, fulfillers, offerings, this.properties.approvalThreshold());
		List<OrderHistorySimulation.Simulated> orders = new ArrayList<>(simulation.run(DAYS));
		addShowcases(simulation, customers, orders);
		// Numbers follow the order in which orders were placed.
		orders.sort(Comparator.comparing(OrderHistorySimulation.Simulated::placedAt));
		int details = insertOrders(orders);
		int steps = insertSteps(orders);
		Map<OrderStatus, Integer> byStatus = new EnumMap<>(OrderStatus.class);
		orders.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
		log.info("Demo order history: {} orders over {} days {}, {} details, {} timeline steps in {} ms", orders.size(),
				DAYS, byStatus, details, steps, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Gives the demo customers orders that stand where the demo journeys start: one
	 * waiting for the manager, one being worked on, one delivered and waiting for
	 * confirmation, one still in the queue; and two more requests from the demo manager's
	 * other reports.
	 */
	private void addShowcases(OrderHistorySimulation simulation, List<Person> customers,
			List<OrderHistorySimulation.Simulated> orders) {
		this.directory.findByUsername("customer").ifPresent(customer -> {
			simulation
				.showcase(customer, o -> simulation.needsApproval(o, 1), Duration.ofHours(26),
						OrderStep.Kind.SENT_FOR_APPROVAL)
				.ifPresent(orders::add);
			simulation
				.showcase(customer, o -> !simulation.needsApproval(o, 1) && o.physical() && o.deliveryDays() >= 5,
						Duration.ofDays(4), OrderStep.Kind.TAKEN)
				.ifPresent(orders::add);
			simulation
				.showcase(customer, o -> !simulation.needsApproval(o, 1) && !o.physical() && o.deliveryDays() <= 2,
						Duration.ofDays(7), OrderStep.Kind.DELIVERED)
				.ifPresent(orders::add);
		});
		this.directory.findByUsername("manager").ifPresent(manager -> {
			List<Person> reports = customers.stream()
				.filter(p -> manager.id().equals(p.managerId()) && !p.username().equals("customer"))
				.limit(2)
				.toList();
			for (int i = 0; i < reports.size(); i++) {
				simulation
					.showcase(reports.get(i), o -> simulation.needsApproval(o, 1), Duration.ofHours(5 + 40 * i),
							OrderStep.Kind.SENT_FOR_APPROVAL)
					.ifPresent(orders::add);
			}
		});
		this.directory.findByUsername("customer2")
			.flatMap(customer -> simulation.showcase(customer, o -> !simulation.needsApproval(o, 1),
					Duration.ofMinutes(90), OrderStep.Kind.PLACED))
			.ifPresent(orders::add);
	}

	private int insertOrders(List<OrderHistorySimulation.Simulated> orders) {
		this.jdbc.batchUpdate("""
				insert into purchase_order (id, order_number, customer_id, customer_name, manager_id, offering_id,
				    need_id, provider_id, offering_title, provider_name, quantity, one_off_price, monthly_price, status,
				    fulfiller_id, placed_at, delivered_at, closed_at, version)
				values (?, nextval('purchase_order_number'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", orders, BATCH, (ps, o) -> {
			OrderableOffering offering = o.offering();
			Person customer = o.customer();
			set(ps, o.id(), customer.id().value(), customer.displayName(),
					(customer.managerId() != null) ? customer.managerId().value() : null, offering.id().value(),
					offering.needId().value(), offering.providerId().value(), offering.title(), offering.providerName(),
					o.quantity(), offering.oneOffPrice(), offering.monthlyPrice(), o.status().name(),
					(o.fulfiller() != null) ? o.fulfiller().id().value() : null, Timestamps.param(o.placedAt()),
					Timestamps.param(o.deliveredAt()), Timestamps.param(o.closedAt()));
		});
		record Row(OrderHistorySimulation.Simulated order, int seq, Order.Detail detail) {
		}
		List<Row> rows = new ArrayList<>();
		for (OrderHistorySimulation.Simulated order : orders) {
			for (int seq = 0; seq < order.details().size(); seq++) {
				rows.add(new Row(order, seq, order.details().get(seq)));
			}
		}
		this.jdbc.batchUpdate("insert into order_detail (order_id, seq, label, answer) values (?, ?, ?, ?)", rows,
				BATCH, (ps, r) -> set(ps, r.order().id(), r.seq(), r.detail().label(), r.detail().answer()));
		return rows.size();
	}

	private int insertSteps(List<OrderHistorySimulation.Simulated> orders) {
		record Row(OrderHistorySimulation.Simulated order, OrderHistorySimulation.Step step) {
		}
		List<Row> rows = new ArrayList<>();
		orders.forEach(o -> o.steps().forEach(s -> rows.add(new Row(o, s))));
		this.jdbc.batchUpdate("""
				insert into order_step (id, order_id, kind, actor_id, actor_name, note, happened_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""", rows, BATCH, (ps, r) -> {
			OrderHistorySimulation.Step step = r.step();
			set(ps, step.id(), r.order().id(), step.kind().name(), step.actor().id().value(),
					step.actor().displayName(), step.note(), Timestamps.param(step.at()));
		});
		return rows.size();
	}

	/**
	 * Binds values in order. {@code setObject(i, null)} works on both databases: H2 binds
	 * NULL, the PostgreSQL driver binds an untyped NULL that the column types.
	 */
	private static void set(PreparedStatement ps, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			ps.setObject(i + 1, values[i]);
		}
	}

}
