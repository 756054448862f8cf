package org.shopfront.ordering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of orders, each already limited to what the viewer may see.
 */
@Component
@Transactional(readOnly = true)
class OrderQueries {

	private static final String SELECT = """
			select id, order_number, offering_title, provider_name, customer_name, quantity, one_off_price,
			       monthly_price, status, placed_at, delivered_at, fulfiller_id
			from purchase_order
			""";

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final Orders orders;

	private final Clock clock;

	OrderQueries(JdbcClient jdbc, Orders orders, Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.clock = clock;
	}

	/** An order the viewer may see; any other id answers as if it did not exist. */
	Order visible(Viewer viewer, OrderId id) {
		return this.orders.find(id).filter(viewer::maySee).orElseThrow(() -> OrderNotFound.forId(id));
	}

	List<OrderStep> timeline(OrderId id) {
		return this.orders.timeline(id);
	}

	List<OrderSummary> placedBy(Viewer viewer) {
		return this.jdbc.sql(SELECT + " where customer_id = :me order by placed_at desc limit " + LIMIT)
			.param("me", viewer.id().value())
			.query(OrderQueries::map)
			.list();
	}

	List<OrderSummary> awaitingApprovalBy(Viewer viewer) {
		return this.jdbc
			.sql(SELECT + " where manager_id = :me and status = 'AWAITING_APPROVAL' order by placed_at limit " + LIMIT)
			.param("me", viewer.id().value())
			.query(OrderQueries::map)
			.list();
	}

	List<OrderSummary> ofReports(Viewer viewer) {
		return this.jdbc.sql(SELECT + " where manager_id = :me order by placed_at desc limit " + LIMIT)
			.param("me", viewer.id().value())
			.query(OrderQueries::map)
			.list();
	}

	List<OrderSummary> queue(Viewer viewer, QueueFilter filter) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (filter.status() == null) {
			sql.append(" and status in ('OPEN', 'IN_PROGRESS')");
		}
		else {
			sql.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.provider() != null) {
			sql.append(" and provider_id = :provider");
			params.put("provider", filter.provider());
		}
		if (filter.minAgeDays() != null && filter.minAgeDays() > 0) {
			sql.append(" and placed_at <= :before");
			params.put("before", Timestamps.param(this.clock.instant().minus(Duration.ofDays(filter.minAgeDays()))));
		}
		if (filter.mine()) {
			sql.append(" and fulfiller_id = :me");
			params.put("me", viewer.id().value());
		}
		sql.append(" order by placed_at limit ").append(LIMIT);
		return this.jdbc.sql(sql.toString()).params(params).query(OrderQueries::map).list();
	}

	/** Providers that appear in the queue, for its filter. */
	Map<UUID, String> queueProviders() {
		Map<UUID, String> providers = new java.util.LinkedHashMap<>();
		this.jdbc.sql(
				"select distinct provider_id, provider_name from purchase_order where status in ('OPEN', 'IN_PROGRESS') order by provider_name")
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(e -> providers.put(e.getKey(), e.getValue()));
		return providers;
	}

	private static OrderSummary map(ResultSet rs, int row) throws SQLException {
		int quantity = rs.getInt("quantity");
		return new OrderSummary(rs.getObject("id", UUID.class), rs.getLong("order_number"),
				rs.getString("offering_title"), rs.getString("provider_name"), rs.getString("customer_name"), quantity,
				Order.firstYearValue(rs.getBigDecimal("one_off_price"), rs.getBigDecimal("monthly_price"), quantity),
				OrderStatus.valueOf(rs.getString("status")), Timestamps.read(rs, "placed_at"),
				Timestamps.read(rs, "delivered_at"), rs.getObject("fulfiller_id", UUID.class));
	}

}
