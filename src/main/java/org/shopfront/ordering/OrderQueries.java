package org.shopfront.ordering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shopfront.catalog.Catalog;
import org.shopfront.shared.Timestamps;
import org.shopfront.shared.paging.Cursor;
import org.shopfront.shared.paging.Keyset;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of orders, each already limited to what the viewer may see, a page at a time
 * (decision 0030). Each query reads an index of V25 in the list's own order, and repeats
 * the status predicate of its partial index word for word, so that a generic plan of the
 * prepared statement can use it as well as a custom one.
 */
@Component
@Transactional(readOnly = true)
class OrderQueries {

	private static final String SELECT = """
			select id, order_number, offering_title, provider_name, customer_name, quantity, one_off_price,
			       monthly_price, status, placed_at, delivered_at, fulfiller_id, promised_by, promise_at_risk
			from purchase_order
			""";

	private static final String UNDER_WAY = " and status in ('AWAITING_APPROVAL', 'OPEN', 'IN_PROGRESS')";

	private static final String TO_DO = " and status in ('OPEN', 'IN_PROGRESS')";

	private static final Keyset NEWEST = Keyset.descending("placed_at", "id");

	private static final Keyset OLDEST = Keyset.ascending("placed_at", "id");

	private static final Keyset SOONEST_PROMISED = Keyset.ascending("promised_by", "id").nullable();

	private final JdbcClient jdbc;

	private final Orders orders;

	private final Catalog catalog;

	private final Clock clock;

	OrderQueries(JdbcClient jdbc, Orders orders, Catalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** An order the viewer may see; any other id answers as if it did not exist. */
	Order visible(Viewer viewer, OrderId id) {
		return this.orders.find(id).filter(viewer::maySee).orElseThrow(() -> OrderNotFound.forId(id));
	}

	List<OrderStep> timeline(OrderId id) {
		return this.orders.timeline(id);
	}

	/** My orders: newest first, or those under way by their promised date. */
	Page<OrderSummary> placedBy(Viewer viewer, OrderSort sort, PageRequest page) {
		boolean promised = sort == OrderSort.PROMISED;
		return list("customer_id = :me" + (promised ? UNDER_WAY : ""), Map.of("me", viewer.id().value()),
				promised ? SOONEST_PROMISED : NEWEST, page);
	}

	/** Orders of the people I manage: newest first, or those under way by their date. */
	Page<OrderSummary> ofReports(Viewer viewer, OrderSort sort, PageRequest page) {
		boolean promised = sort == OrderSort.PROMISED;
		return list("manager_id = :me" + (promised ? UNDER_WAY : ""), Map.of("me", viewer.id().value()),
				promised ? SOONEST_PROMISED : NEWEST, page);
	}

	/** Whether anyone I manage has ordered anything, for a link to my team's orders. */
	boolean hasReports(Viewer viewer) {
		return !this.jdbc.sql("select 1 from purchase_order where manager_id = :me fetch first 1 rows only")
			.param("me", viewer.id().value())
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	/** Orders waiting for my approval, oldest first, each with the customer's case. */
	Page<OrderSummary> awaitingApprovalBy(Viewer viewer, OrderSort sort, PageRequest page) {
		Page<OrderSummary> orders = list("manager_id = :me and status = 'AWAITING_APPROVAL'",
				Map.of("me", viewer.id().value()), (sort == OrderSort.PROMISED) ? SOONEST_PROMISED : OLDEST, page);
		Map<UUID, List<Order.Detail>> answers = answers(orders.items());
		return orders.map(o -> o.withAnswers(answers.getOrDefault(o.id(), List.of())));
	}

	/** The fulfilment queue: oldest first, or soonest promised first. */
	Page<OrderSummary> queue(Viewer viewer, QueueFilter filter, OrderSort sort, PageRequest page) {
		StringBuilder where = new StringBuilder("1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (filter.status() == null) {
			where.append(TO_DO);
		}
		else {
			where.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.provider() != null) {
			where.append(" and provider_id = :provider");
			params.put("provider", filter.provider());
		}
		if (filter.minAgeDays() != null && filter.minAgeDays() > 0) {
			where.append(" and placed_at <= :before");
			params.put("before", Timestamps.param(this.clock.instant().minus(Duration.ofDays(filter.minAgeDays()))));
		}
		if (filter.mine()) {
			where.append(" and fulfiller_id = :me");
			params.put("me", viewer.id().value());
		}
		Keyset keyset = (sort == OrderSort.PROMISED) ? SOONEST_PROMISED : OLDEST;
		// "Only mine" is keyed by a person, as my orders are: ids first (see list).
		return filter.mine() ? list(where.toString(), params, keyset, page)
				: rowsAlong(where.toString(), params, keyset, page);
	}

	/**
	 * The providers for the queue's filter: the catalog's, a few dozen rows, rather than
	 * those of every open order.
	 */
	Map<UUID, String> queueProviders() {
		Map<UUID, String> providers = new LinkedHashMap<>();
		this.catalog.providerNames().forEach((id, name) -> providers.put(id.value(), name));
		return providers;
	}

	/**
	 * One page of a list in two steps: the page's ids and positions from the list's index
	 * alone (an index-only scan, which even a generic plan prefers), then the rows from
	 * the page's first position to its last along the same index. Reading whole rows at
	 * once tempted the generic plan, which expects a customer to have about 20 orders, to
	 * fetch all of a busy customer's 3,600 and sort them: 40 ms against 0.12 ms at
	 * company size (issue 14); bounded on both sides, the second read cannot reach past
	 * the page under any plan. Reading the rows by id instead descended the primary key,
	 * which deepens with every order placed, once per row (204 blocks a page at a million
	 * orders, against 55 along the index). A row that joined the window between the two
	 * reads is left out, as it was not in the page's ids. Sorted by promised date, whose
	 * nulls make no single range, the rows are read by id.
	 */
	private Page<OrderSummary> list(String where, Map<String, Object> params, Keyset keyset, PageRequest page) {
		Map<String, Object> all = new HashMap<>(params);
		all.putAll(keyset.params(page));
		boolean promised = keyset == SOONEST_PROMISED;
		String position = promised ? "promised_by" : "placed_at";
		List<Cursor> positions = this.jdbc
			.sql("select id, " + position + " from purchase_order where " + where + keyset.after(page) + " order by "
					+ keyset.orderBy() + " fetch first " + page.rows() + " rows only")
			.params(all)
			.query((rs, n) -> Cursor.of(Timestamps.read(rs, position), rs.getObject("id", UUID.class)))
			.list();
		List<UUID> ids = positions.stream().map(c -> c.uuid(1)).toList();
		Instant now = this.clock.instant();
		List<OrderSummary> rows = new ArrayList<>();
		if (ids.isEmpty()) {
			return page(rows, keyset, page);
		}
		if (promised) {
			rows.addAll(this.jdbc.sql(SELECT + " where id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> map(rs, now))
				.list());
			rows.sort(Comparator.comparingInt((o) -> ids.indexOf(o.id())));
		}
		else {
			// In the list's order already, as the ids were.
			Map<String, Object> window = new HashMap<>(params);
			window.putAll(keyset.windowParams(positions.get(0), positions.get(positions.size() - 1)));
			Set<UUID> paged = new HashSet<>(ids);
			this.jdbc.sql(SELECT + " where " + where + keyset.window() + " order by " + keyset.orderBy())
				.params(window)
				.query((rs, n) -> map(rs, now))
				.list()
				.stream()
				.filter(o -> paged.contains(o.id()))
				.forEach(rows::add);
		}
		return page(rows, keyset, page);
	}

	/**
	 * One page of the queue in one statement, whole rows along its partial index. The
	 * queue's key is no person whose average row count could mislead a generic plan: the
	 * index holds only what is still to do (or one status), in the page's order. Reading
	 * its rows by id instead would descend the primary key, which deepens with every
	 * order ever placed, once per row: at a million orders that doubled the page's reads
	 * (issue 14). "Only mine" is keyed by a fulfiller, and its generic plan fetched and
	 * sorted all of a fulfiller's open orders at 100,000 orders: it reads ids first.
	 */
	private Page<OrderSummary> rowsAlong(String where, Map<String, Object> params, Keyset keyset, PageRequest page) {
		Map<String, Object> all = new HashMap<>(params);
		all.putAll(keyset.params(page));
		Instant now = this.clock.instant();
		List<OrderSummary> rows = this.jdbc
			.sql(SELECT + " where " + where + keyset.after(page) + " order by " + keyset.orderBy() + " fetch first "
					+ page.rows() + " rows only")
			.params(all)
			.query((rs, n) -> map(rs, now))
			.list();
		return page(rows, keyset, page);
	}

	private static Page<OrderSummary> page(List<OrderSummary> rows, Keyset keyset, PageRequest page) {
		return Page.of(rows, page, (keyset == SOONEST_PROMISED) ? o -> Cursor.of(o.promisedBy(), o.id())
				: o -> Cursor.of(o.placedAt(), o.id()));
	}

	/** The customers' answers to the offerings' questions, by order, in one query. */
	private Map<UUID, List<Order.Detail>> answers(List<OrderSummary> orders) {
		Map<UUID, List<Order.Detail>> answers = new HashMap<>();
		if (orders.isEmpty()) {
			return answers;
		}
		this.jdbc
			.sql("select order_id, label, answer from order_detail where order_id in (:ids) order by order_id, seq")
			.param("ids", orders.stream().map(OrderSummary::id).toList())
			.query((rs, n) -> answers.computeIfAbsent(rs.getObject("order_id", UUID.class), id -> new ArrayList<>())
				.add(new Order.Detail(rs.getString("label"), rs.getString("answer"))))
			.list();
		return answers;
	}

	private static OrderSummary map(ResultSet rs, Instant now) throws SQLException {
		int quantity = rs.getInt("quantity");
		OrderStatus status = OrderStatus.valueOf(rs.getString("status"));
		Instant promisedBy = Timestamps.read(rs, "promised_by");
		return new OrderSummary(rs.getObject("id", UUID.class), rs.getLong("order_number"),
				rs.getString("offering_title"), rs.getString("provider_name"), rs.getString("customer_name"), quantity,
				Order.firstYearValue(rs.getBigDecimal("one_off_price"), rs.getBigDecimal("monthly_price"), quantity),
				status, Timestamps.read(rs, "placed_at"), Timestamps.read(rs, "delivered_at"),
				rs.getObject("fulfiller_id", UUID.class), promisedBy,
				PromiseStanding.of(status, promisedBy, rs.getBoolean("promise_at_risk"), now), List.of());
	}

}
