package org.shopfront.ordering;

import java.time.Instant;
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
 * loading them all into memory at once.
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

}
