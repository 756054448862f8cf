package org.shopfront.promises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promises module's read API for the track record: promises whose outcome is known,
 * one at a time as they close, or all of them in id order for a rebuild.
 */
@Service
@Transactional(readOnly = true)
public class PromiseRecords {

	private static final String CLOSED = """
			select id, order_id, customer_id, offering_id, need_id, provider_id, what, made_at, due_at, at_risk_at,
			       closed_at, status
			from promise where status in ('KEPT', 'BROKEN', 'RENEGOTIATED', 'CANCELLED')
			""";

	private final JdbcClient jdbc;

	PromiseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The promise, if its outcome is known. */
	public Optional<ClosedPromise> closed(PromiseId id) {
		return this.jdbc.sql(CLOSED + " and id = :id").param("id", id.value()).query(PromiseRecords::map).optional();
	}

	/**
	 * Up to {@code limit} closed promises with an id after {@code after} (null for the
	 * first page), in id order.
	 */
	public List<ClosedPromise> closedAfter(UUID after, int limit) {
		return this.jdbc
			.sql(CLOSED + ((after != null) ? " and id > :after" : "") + " order by id fetch first " + Math.max(1, limit)
					+ " rows only")
			.params((after != null) ? java.util.Map.of("after", after) : java.util.Map.of())
			.query(PromiseRecords::map)
			.list();
	}

	private static ClosedPromise map(ResultSet rs, int n) throws SQLException {
		return new ClosedPromise(new PromiseId(rs.getObject("id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), new UserId(rs.getObject("customer_id", UUID.class)),
				new OfferingId(rs.getObject("offering_id", UUID.class)),
				new NeedId(rs.getObject("need_id", UUID.class)),
				new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("what"),
				Timestamps.read(rs, "made_at"), Timestamps.read(rs, "due_at"), Timestamps.read(rs, "at_risk_at"),
				Timestamps.read(rs, "closed_at"), PromiseStatus.valueOf(rs.getString("status")));
	}

}
