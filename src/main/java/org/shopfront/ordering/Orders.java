package org.shopfront.ordering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores orders, their details and their timeline. Saving checks the version the order
 * was read at: zero rows updated means someone else moved it first.
 */
@Repository
class Orders {

	private final JdbcClient jdbc;

	Orders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextNumber() {
		return this.jdbc.sql("select nextval('purchase_order_number')").query(Long.class).single();
	}

	Map<OrderId, UserId> fulfillers(Collection<OrderId> ids) {
		Map<OrderId, UserId> fulfillers = new HashMap<>();
		if (ids.isEmpty()) {
			return fulfillers;
		}
		this.jdbc.sql("select id, fulfiller_id from purchase_order where id in (:ids) and fulfiller_id is not null")
			.param("ids", ids.stream().map(OrderId::value).toList())
			.query((rs, n) -> fulfillers.put(new OrderId(rs.getObject("id", UUID.class)),
					new UserId(rs.getObject("fulfiller_id", UUID.class))))
			.list();
		return fulfillers;
	}

	Optional<Order> find(OrderId id) {
		return this.jdbc.sql("select * from purchase_order where id = :id")
			.param("id", id.value())
			.query((rs, n) -> map(rs, details(new OrderId(rs.getObject("id", UUID.class)))))
			.optional();
	}

	void insert(Order o) {
		this.jdbc
			.sql("""
					insert into purchase_order (id, order_number, customer_id, customer_name, manager_id, offering_id, need_id, provider_id,
					    offering_title, provider_name, quantity, one_off_price, monthly_price, status, fulfiller_id,
					    placed_at, delivered_at, closed_at, version)
					values (:id, :number, :customer, :customerName, :manager, :offering, :need, :provider, :offeringTitle, :providerName,
					    :quantity, :oneOff, :monthly, :status, :fulfiller, :placedAt, :deliveredAt, :closedAt, 0)
					""")
			.param("id", o.id().value())
			.param("number", o.number())
			.param("customer", o.customerId().value())
			.param("customerName", o.customerName())
			.param("manager", o.managerId() == null ? null : o.managerId().value())
			.param("offering", o.offeringId().value())
			.param("need", o.needId().value())
			.param("provider", o.providerId().value())
			.param("offeringTitle", o.offeringTitle())
			.param("providerName", o.providerName())
			.param("quantity", o.quantity())
			.param("oneOff", o.oneOffPrice())
			.param("monthly", o.monthlyPrice())
			.param("status", o.status().name())
			.param("fulfiller", o.fulfillerId() == null ? null : o.fulfillerId().value())
			.param("placedAt", Timestamps.param(o.placedAt()))
			.param("deliveredAt", Timestamps.param(o.deliveredAt()))
			.param("closedAt", Timestamps.param(o.closedAt()))
			.update();
		insertDetails(o);
	}

	/** All of an order's details in one multi-row INSERT. */
	private void insertDetails(Order o) {
		if (o.details().isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("insert into order_detail (order_id, seq, label, answer) values ");
		Map<String, Object> params = new HashMap<>();
		params.put("id", o.id().value());
		for (int i = 0; i < o.details().size(); i++) {
			sql.append(i == 0 ? "" : ", ")
				.append("(:id, ")
				.append(i)
				.append(", :l")
				.append(i)
				.append(", :a")
				.append(i)
				.append(')');
			params.put("l" + i, o.details().get(i).label());
			params.put("a" + i, o.details().get(i).answer());
		}
		this.jdbc.sql(sql.toString()).params(params).update();
	}

	/** Saves a moved order; false when its version changed since it was read. */
	boolean update(Order o) {
		return this.jdbc.sql("""
				update purchase_order set status = :status, fulfiller_id = :fulfiller, delivered_at = :deliveredAt,
				    closed_at = :closedAt, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", o.id().value())
			.param("status", o.status().name())
			.param("fulfiller", o.fulfillerId() == null ? null : o.fulfillerId().value())
			.param("deliveredAt", Timestamps.param(o.deliveredAt()))
			.param("closedAt", Timestamps.param(o.closedAt()))
			.param("version", o.version())
			.update() == 1;
	}

	OrderStep addStep(OrderId id, OrderStep.Kind kind, UserId actor, String actorName, String note, Instant at) {
		this.jdbc.sql("""
				insert into order_step (id, order_id, kind, actor_id, actor_name, note, happened_at)
				values (:id, :order, :kind, :actor, :actorName, :note, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("order", id.value())
			.param("kind", kind.name())
			.param("actor", actor == null ? null : actor.value())
			.param("actorName", actorName)
			.param("note", note)
			.param("at", Timestamps.param(at))
			.update();
		return new OrderStep(kind, actorName, note, at);
	}

	List<OrderStep> timeline(OrderId id) {
		return this.jdbc.sql("""
				select kind, actor_name, note, happened_at from order_step where order_id = :id
				order by happened_at, kind
				""")
			.param("id", id.value())
			.query((rs, n) -> new OrderStep(OrderStep.Kind.valueOf(rs.getString("kind")), rs.getString("actor_name"),
					rs.getString("note"), Timestamps.read(rs, "happened_at")))
			.list();
	}

	private List<Order.Detail> details(OrderId id) {
		return this.jdbc.sql("select label, answer from order_detail where order_id = :id order by seq")
			.param("id", id.value())
			.query((rs, n) -> new Order.Detail(rs.getString("label"), rs.getString("answer")))
			.list();
	}

	static Order map(ResultSet rs, List<Order.Detail> details) throws SQLException {
		UUID manager = rs.getObject("manager_id", UUID.class);
		UUID fulfiller = rs.getObject("fulfiller_id", UUID.class);
		return new Order(new OrderId(rs.getObject("id", UUID.class)), rs.getLong("order_number"),
				new UserId(rs.getObject("customer_id", UUID.class)), rs.getString("customer_name"),
				manager == null ? null : new UserId(manager), new OfferingId(rs.getObject("offering_id", UUID.class)),
				new NeedId(rs.getObject("need_id", UUID.class)),
				new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("offering_title"),
				rs.getString("provider_name"), rs.getInt("quantity"), rs.getBigDecimal("one_off_price"),
				rs.getBigDecimal("monthly_price"), OrderStatus.valueOf(rs.getString("status")),
				fulfiller == null ? null : new UserId(fulfiller), Timestamps.read(rs, "placed_at"),
				Timestamps.read(rs, "delivered_at"), Timestamps.read(rs, "closed_at"), details, rs.getInt("version"));
	}

}
