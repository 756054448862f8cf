package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.Money;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores initiatives' promises. Rows are never deleted and a closed promise never changes
 * again; an update only succeeds against the version that was read, so of two nodes
 * turning a promise at risk one wins.
 */
@Repository
class InitiativePromises {

	private final JdbcClient jdbc;

	InitiativePromises(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(InitiativePromise p) {
		InitiativeFigure f = p.promised();
		PromiseEvidence e = p.evidence();
		this.jdbc.sql("""
				insert into initiative_promise (id, initiative_id, measure, seq, status, amount, currency, due_on,
				    target, target_unit, target_today, target_figure, made_at, made_by, reason, replaces, evidence,
				    confidence, uplift, comparable, share_within, segment, version)
				values (:id, :initiative, :measure, :seq, :status, :amount, :currency, :due, :target, :unit, :today,
				    :figure, :madeAt, :madeBy, :reason, :replaces, :evidence, :confidence, :uplift, :comparable,
				    :shareWithin, :segment, 0)
				""")
			.param("id", p.id().value())
			.param("initiative", p.initiativeId().value())
			.param("measure", p.measure().name())
			.param("seq", p.seq())
			.param("status", p.status().name())
			.param("amount", (f.money() != null) ? f.money().amount() : null)
			.param("currency", (f.money() != null) ? f.money().currency().getCurrencyCode() : null)
			.param("due", f.date())
			.param("target", f.target())
			.param("unit", f.unit())
			.param("today", p.targetToday())
			.param("figure", f.figure())
			.param("madeAt", Timestamps.param(p.madeAt()))
			.param("madeBy", (p.madeBy() != null) ? p.madeBy().value() : null)
			.param("reason", p.reason())
			.param("replaces", (p.replaces() != null) ? p.replaces().value() : null)
			.param("evidence", e.evidence())
			.param("confidence", e.confidence())
			.param("uplift", e.uplift())
			.param("comparable", e.comparable())
			.param("shareWithin", e.shareWithin())
			.param("segment", e.segment())
			.update();
	}

	/** Saves a changed promise; false when someone else changed it since it was read. */
	boolean update(InitiativePromise p) {
		InitiativeFigure projected = (p.projected() != null) ? p.projected() : InitiativeFigure.nothing();
		InitiativeFigure actual = (p.actual() != null) ? p.actual() : InitiativeFigure.nothing();
		return this.jdbc.sql("""
				update initiative_promise set status = :status, at_risk_at = :atRiskAt, projected_amount = :projAmount,
				    projected_on = :projOn, closed_at = :closedAt, actual_amount = :amount, actual_on = :on,
				    actual_figure = :figure, note = :note, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", p.id().value())
			.param("status", p.status().name())
			.param("atRiskAt", Timestamps.param(p.atRiskAt()))
			.param("projAmount", (projected.money() != null) ? projected.money().amount() : null)
			.param("projOn", projected.date())
			.param("closedAt", Timestamps.param(p.closedAt()))
			.param("amount", (actual.money() != null) ? actual.money().amount() : null)
			.param("on", actual.date())
			.param("figure", actual.figure())
			.param("note", p.note())
			.param("version", p.version())
			.update() == 1;
	}

	/**
	 * Every promise of the initiative, by measure and then in the order they were made.
	 */
	List<InitiativePromise> of(InitiativeId initiative) {
		return this.jdbc.sql("select * from initiative_promise where initiative_id = :id order by measure, seq")
			.param("id", initiative.value())
			.query(InitiativePromises::map)
			.list();
	}

	/** The promises still open of several initiatives (a batch of the watch). */
	List<InitiativePromise> openOf(List<UUID> initiatives) {
		if (initiatives.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select * from initiative_promise where initiative_id in (:ids) and status in ('OPEN', 'AT_RISK')")
			.param("ids", initiatives)
			.query(InitiativePromises::map)
			.list();
	}

	Optional<InitiativePromise> find(InitiativePromiseId id) {
		return this.jdbc.sql("select * from initiative_promise where id = :id")
			.param("id", id.value())
			.query(InitiativePromises::map)
			.optional();
	}

	/**
	 * Up to {@code limit} closed promises with an id after {@code after} (from the first
	 * when null), in id order.
	 */
	List<InitiativePromise> closedAfter(UUID after, int limit) {
		String from = (after != null) ? " and id > :after" : "";
		JdbcClient.StatementSpec sql = this.jdbc
			.sql("select * from initiative_promise where status not in ('OPEN', 'AT_RISK')" + from
					+ " order by id fetch first " + Math.max(1, limit) + " rows only");
		if (after != null) {
			sql = sql.param("after", after);
		}
		return sql.query(InitiativePromises::map).list();
	}

	private static InitiativePromise map(ResultSet rs, int row) throws SQLException {
		String code = rs.getString("currency");
		Currency currency = (code != null) ? Currency.getInstance(code) : null;
		UUID madeBy = rs.getObject("made_by", UUID.class);
		UUID replaces = rs.getObject("replaces", UUID.class);
		String target = rs.getString("target");
		String unit = rs.getString("target_unit");
		InitiativeFigure promised = new InitiativeFigure(money(rs.getBigDecimal("amount"), currency),
				rs.getObject("due_on", LocalDate.class), target, rs.getBigDecimal("target_figure"), unit);
		InitiativeFigure projected = figure(money(rs.getBigDecimal("projected_amount"), currency),
				rs.getObject("projected_on", LocalDate.class), null, null, null);
		InitiativeFigure actual = figure(money(rs.getBigDecimal("actual_amount"), currency),
				rs.getObject("actual_on", LocalDate.class), target, rs.getBigDecimal("actual_figure"), unit);
		InitiativePromiseStatus status = InitiativePromiseStatus.valueOf(rs.getString("status"));
		return new InitiativePromise(new InitiativePromiseId(rs.getObject("id", UUID.class)),
				new InitiativeId(rs.getObject("initiative_id", UUID.class)),
				PromiseMeasure.valueOf(rs.getString("measure")), rs.getInt("seq"), status, promised,
				rs.getBigDecimal("target_today"), Timestamps.read(rs, "made_at"),
				(madeBy != null) ? new UserId(madeBy) : null, rs.getString("reason"),
				(replaces != null) ? new InitiativePromiseId(replaces) : null, evidence(rs),
				Timestamps.read(rs, "at_risk_at"), projected.isEmpty() ? null : projected,
				Timestamps.read(rs, "closed_at"), (status.isOpen() || actual.isEmpty()) ? null : actual,
				rs.getString("note"), rs.getInt("version"));
	}

	private static PromiseEvidence evidence(ResultSet rs) throws SQLException {
		if (!rs.getBoolean("evidence")) {
			return PromiseEvidence.NONE;
		}
		return new PromiseEvidence(true, rs.getDouble("confidence"), rs.getBigDecimal("uplift"),
				rs.getInt("comparable"), rs.getDouble("share_within"), rs.getString("segment"));
	}

	private static Money money(BigDecimal amount, Currency currency) {
		return (amount != null && currency != null) ? Money.of(amount, currency) : null;
	}

	private static InitiativeFigure figure(Money money, LocalDate date, String target, BigDecimal figure, String unit) {
		return new InitiativeFigure(money, date, (figure != null) ? target : null, figure,
				(figure != null) ? unit : null);
	}

}
