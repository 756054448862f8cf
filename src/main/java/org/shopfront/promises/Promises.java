package org.shopfront.promises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.PromisedDates;
import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores promises; an update only succeeds against the version that was read. */
@Repository
class Promises {

	private final JdbcClient jdbc;

	private final PromisedDates dates;

	Promises(JdbcClient jdbc, PromisedDates dates) {
		this.jdbc = jdbc;
		this.dates = dates;
	}

	void insert(Promise p) {
		this.jdbc
			.sql("""
					insert into promise (id, order_id, customer_id, offering_id, need_id, provider_id, what, started_at, made_at,
					    due_at, hours, confidence, sample_size, segment, evidence, status, replaces, seq, version)
					values (:id, :order, :customer, :offering, :need, :provider, :what, :startedAt, :madeAt,
					    :due, :hours, :confidence, :sampleSize, :segment, :evidence, :status, :replaces, :seq, 0)
					""")
			.param("id", p.id().value())
			.param("order", p.orderId().value())
			.param("customer", p.customerId().value())
			.param("offering", p.offeringId().value())
			.param("need", p.needId().value())
			.param("provider", p.providerId().value())
			.param("what", p.what())
			.param("startedAt", Timestamps.param(p.startedAt()))
			.param("madeAt", Timestamps.param(p.madeAt()))
			.param("due", Timestamps.param(p.due()))
			.param("hours", p.hours())
			.param("confidence", p.confidence())
			.param("sampleSize", p.sampleSize())
			.param("segment", p.segment())
			.param("evidence", p.evidence())
			.param("status", p.status().name())
			.param("replaces", p.replaces() == null ? null : p.replaces().value())
			.param("seq", p.seq())
			.update();
		promised(p);
	}

	/**
	 * Tells the order the date its open promise is now for, for the order lists; a closed
	 * or replaced promise leaves the order's date as it was.
	 */
	private void promised(Promise p) {
		if (!p.status().isOpen()) {
			return;
		}
		Instant due = (p.newDue() != null) ? p.newDue() : p.due();
		this.dates.promised(p.orderId(), due, p.status() == PromiseStatus.AT_RISK);
	}

	/** Saves a changed promise; false when someone else changed it since it was read. */
	boolean update(Promise p) {
		boolean saved = this.jdbc.sql("""
				update promise set status = :status, chance = :chance, at_risk_at = :atRiskAt, at_risk_reason = :reason,
				    flagged_by = :flaggedBy, new_due_at = :newDue, closed_at = :closedAt, outcome = :outcome,
				    version = version + 1
				where id = :id and version = :version
				""")
			.param("id", p.id().value())
			.param("status", p.status().name())
			.param("chance", p.chance())
			.param("atRiskAt", Timestamps.param(p.atRiskAt()))
			.param("reason", p.atRiskReason())
			.param("flaggedBy", (p.flaggedBy() != null) ? p.flaggedBy().value() : null)
			.param("newDue", Timestamps.param(p.newDue()))
			.param("closedAt", Timestamps.param(p.closedAt()))
			.param("outcome", p.outcome())
			.param("version", p.version())
			.update() == 1;
		if (saved) {
			promised(p);
		}
		return saved;
	}

	Optional<Promise> find(PromiseId id) {
		return this.jdbc.sql("select * from promise where id = :id")
			.param("id", id.value())
			.query(Promises::map)
			.optional();
	}

	/** The order's promise that can still change, if any. */
	Optional<Promise> openFor(OrderId order) {
		return this.jdbc.sql("select * from promise where order_id = :order and status in ('OPEN', 'AT_RISK')")
			.param("order", order.value())
			.query(Promises::map)
			.optional();
	}

	List<Promise> ofOrder(OrderId order) {
		return this.jdbc.sql("select * from promise where order_id = :order order by made_at desc, version desc")
			.param("order", order.value())
			.query(Promises::map)
			.list();
	}

	/**
	 * Up to {@code limit} promises still on track that come after {@code after} in the
	 * order of due time and id (from the first when null): one page of the at-risk watch,
	 * which goes on from the last promise of a page, so that no promise is read twice or
	 * skipped while others change status.
	 */
	List<Promise> onTrackAfter(Promise after, int limit) {
		String from = (after != null) ? " and (due_at > :due or (due_at = :due and id > :id))" : "";
		JdbcClient.StatementSpec sql = this.jdbc.sql("select * from promise where status = 'OPEN'" + from
				+ " order by due_at, id fetch first " + Math.max(1, limit) + " rows only");
		if (after != null) {
			sql = sql.param("due", Timestamps.param(after.due())).param("id", after.id().value());
		}
		return sql.query(Promises::map).list();
	}

	/**
	 * The first promise of each order placed since {@code since} that rested on evidence,
	 * by order, so that a rebuilt forecaster learns its calibration from the same
	 * outcomes.
	 */
	Map<UUID, Quote> firstQuotesSince(Instant since) {
		Map<UUID, Quote> quotes = new HashMap<>();
		this.jdbc.sql("""
				select order_id, hours, due_at, confidence, sample_size, segment from promise
				where seq = 1 and evidence = true and started_at >= :since
				""").param("since", Timestamps.param(since)).query((rs, n) -> {
			double confidence = rs.getDouble("confidence");
			quotes.put(rs.getObject("order_id", UUID.class),
					new Quote(rs.getDouble("hours"), Timestamps.read(rs, "due_at"), confidence,
							rs.getInt("sample_size"), rs.getString("segment"), true, confidence));
			return Boolean.TRUE;
		}).list();
		return quotes;
	}

	private static Promise map(ResultSet rs, int row) throws SQLException {
		UUID replaces = rs.getObject("replaces", UUID.class);
		UUID flaggedBy = rs.getObject("flagged_by", UUID.class);
		double estimated = rs.getDouble("chance");
		Double chance = rs.wasNull() ? null : estimated;
		return new Promise(new PromiseId(rs.getObject("id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), new UserId(rs.getObject("customer_id", UUID.class)),
				new OfferingId(rs.getObject("offering_id", UUID.class)),
				new NeedId(rs.getObject("need_id", UUID.class)),
				new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("what"),
				Timestamps.read(rs, "started_at"), Timestamps.read(rs, "made_at"), Timestamps.read(rs, "due_at"),
				rs.getDouble("hours"), rs.getDouble("confidence"), rs.getInt("sample_size"), rs.getString("segment"),
				rs.getBoolean("evidence"), PromiseStatus.valueOf(rs.getString("status")), chance,
				Timestamps.read(rs, "at_risk_at"), rs.getString("at_risk_reason"),
				(flaggedBy != null) ? new UserId(flaggedBy) : null, Timestamps.read(rs, "new_due_at"),
				Timestamps.read(rs, "closed_at"), rs.getString("outcome"),
				replaces == null ? null : new PromiseId(replaces), rs.getInt("seq"), rs.getInt("version"));
	}

}
