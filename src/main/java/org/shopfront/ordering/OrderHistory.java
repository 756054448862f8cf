package org.shopfront.ordering;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams past orders for modules that learn from them (delivery forecasts), without
 * loading them all into memory at once, and the timelines of a few people's orders.
 */
@Service
public class OrderHistory {

	private final JdbcClient jdbc;

	OrderHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * When each order placed at or after {@code since} that a manager approved was placed
	 * and approved, oldest first.
	 */
	@Transactional(readOnly = true)
	public void approvedSince(Instant since, BiConsumer<Instant, Instant> each) {
		this.jdbc.sql("""
				select o.placed_at, s.happened_at
				from purchase_order o join order_step s on s.order_id = o.id and s.kind = 'APPROVED'
				where o.placed_at >= :since order by o.placed_at
				""")
			.param("since", Timestamps.param(since))
			.query((RowCallbackHandler) rs -> each.accept(Timestamps.read(rs, "placed_at"),
					Timestamps.read(rs, "happened_at")));
	}

	/** Every order placed at or after {@code since}, oldest first. */
	@Transactional(readOnly = true)
	public void placedSince(Instant since, Consumer<PastOrder> each) {
		try (Stream<PastOrder> rows = this.jdbc
			.sql("""
					select id, customer_id, offering_id, need_id, provider_id, offering_title, placed_at, delivered_at, status, closed_at
					from purchase_order where placed_at >= :since order by placed_at
					""")
			.param("since", Timestamps.param(since))
			.query((rs, n) -> {
				String status = rs.getString("status");
				boolean closedUndelivered = status.equals(OrderStatus.REJECTED.name())
						|| status.equals(OrderStatus.CANCELLED.name());
				return new PastOrder(new OrderId(rs.getObject("id", UUID.class)),
						new UserId(rs.getObject("customer_id", UUID.class)),
						new OfferingId(rs.getObject("offering_id", UUID.class)),
						new NeedId(rs.getObject("need_id", UUID.class)),
						new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("offering_title"),
						Timestamps.read(rs, "placed_at"), Timestamps.read(rs, "delivered_at"),
						closedUndelivered ? Timestamps.read(rs, "closed_at") : null);
			})
			.stream()) {
			rows.forEach(each);
		}
	}

	/**
	 * The timeline of every order these people placed or approve, order by order, each
	 * oldest first: for telling them about their history (the demo's inboxes).
	 */
	@Transactional(readOnly = true)
	public void stepsOf(Collection<UserId> people, Consumer<PastStep> each) {
		List<UUID> ids = people.stream().map(UserId::value).toList();
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				select o.id, o.order_number, o.offering_title, o.quantity, o.one_off_price, o.monthly_price,
				       o.customer_id, o.customer_name, o.manager_id, s.kind, s.actor_name, s.note, s.happened_at
				from purchase_order o join order_step s on s.order_id = o.id
				where o.customer_id in (:people) or o.manager_id in (:people)
				order by o.placed_at, o.id, s.happened_at, s.kind
				""").param("people", ids).query((RowCallbackHandler) (rs) -> {
			UUID manager = rs.getObject("manager_id", UUID.class);
			int quantity = rs.getInt("quantity");
			OrderReference order = new OrderReference(new OrderId(rs.getObject("id", UUID.class)),
					rs.getLong("order_number"), rs.getString("offering_title"), quantity,
					Order.firstYearValue(rs.getBigDecimal("one_off_price"), rs.getBigDecimal("monthly_price"),
							quantity),
					new UserId(rs.getObject("customer_id", UUID.class)), rs.getString("customer_name"),
					(manager != null) ? new UserId(manager) : null);
			each.accept(new PastStep(order, OrderStep.Kind.valueOf(rs.getString("kind")), rs.getString("actor_name"),
					rs.getString("note"), Timestamps.read(rs, "happened_at")));
		});
	}

}
