package org.shopfront.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores demands, their links, timeline and participants. Saving checks the version the
 * demand was read at: zero rows updated means someone else moved it first.
 */
@Repository
class Demands {

	private final JdbcClient jdbc;

	Demands(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextNumber() {
		return this.jdbc.sql("select nextval('demand_number')").query(Long.class).single();
	}

	Optional<Demand> find(DemandId id) {
		return this.jdbc.sql("select * from demand where id = :id")
			.param("id", id.value())
			.query((rs, n) -> map(rs, links(id)))
			.optional();
	}

	void insert(Demand d) {
		DemandContent c = d.content();
		ExpectedValue v = c.value();
		Parties p = d.parties();
		this.jdbc.sql("""
				insert into demand (id, demand_number, title, problem, outcome, value_per_year, value_currency, target,
				    target_unit, target_today, target_wanted, needed_by, needed_by_why, affected, unit_id, unit_name,
				    submitted_by, submitter_name, leader_id, leader_name, it_owner_id, it_owner_name, status,
				    initiative_id, submitted_at, closed_at, closed_reason, version)
				values (:id, :number, :title, :problem, :outcome, :perYear, :currency, :target, :unit, :today, :wanted,
				    :neededBy, :why, :affected, :unitId, :unitName, :submittedBy, :submitterName, :leaderId,
				    :leaderName, :itOwner, :itOwnerName, :status, :initiative, :submittedAt, :closedAt, :reason, 0)
				""")
			.param("id", d.id().value())
			.param("number", d.number())
			.param("title", c.title())
			.param("problem", c.problem())
			.param("outcome", c.outcome())
			.param("perYear", v.hasMoney() ? v.perYear().amount() : null)
			.param("currency", v.hasMoney() ? v.perYear().currency().getCurrencyCode() : null)
			.param("target", v.target())
			.param("unit", v.unit())
			.param("today", v.today())
			.param("wanted", v.wanted())
			.param("neededBy", c.neededBy())
			.param("why", c.neededByWhy())
			.param("affected", c.affected())
			.param("unitId", p.unitId().value())
			.param("unitName", p.unitName())
			.param("submittedBy", p.submittedBy().value())
			.param("submitterName", p.submitterName())
			.param("leaderId", p.leaderId().value())
			.param("leaderName", p.leaderName())
			.param("itOwner", (p.itOwnerId() == null) ? null : p.itOwnerId().value())
			.param("itOwnerName", p.itOwnerName())
			.param("status", d.status().name())
			.param("initiative", d.initiativeId())
			.param("submittedAt", Timestamps.param(d.submittedAt()))
			.param("closedAt", Timestamps.param(d.closedAt()))
			.param("reason", d.closedReason())
			.update();
		for (int i = 0; i < c.links().size(); i++) {
			this.jdbc.sql("insert into demand_link (demand_id, seq, url) values (:id, :seq, :url)")
				.param("id", d.id().value())
				.param("seq", i)
				.param("url", c.links().get(i))
				.update();
		}
	}

	/** Saves a moved demand; false when its version changed since it was read. */
	boolean update(Demand d) {
		return this.jdbc.sql("""
				update demand set status = :status, it_owner_id = :itOwner, it_owner_name = :itOwnerName,
				    initiative_id = :initiative, closed_at = :closedAt, closed_reason = :reason, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", d.id().value())
			.param("status", d.status().name())
			.param("itOwner", (d.parties().itOwnerId() == null) ? null : d.parties().itOwnerId().value())
			.param("itOwnerName", d.parties().itOwnerName())
			.param("initiative", d.initiativeId())
			.param("closedAt", Timestamps.param(d.closedAt()))
			.param("reason", d.closedReason())
			.param("version", d.version())
			.update() == 1;
	}

	void addStep(DemandId id, DemandStatus from, DemandStatus to, Actor actor, String note, Instant at) {
		this.jdbc.sql("""
				insert into demand_step (id, demand_id, status_from, status_to, actor_id, actor_name, note, happened_at)
				values (:id, :demand, :from, :to, :actor, :actorName, :note, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("demand", id.value())
			.param("from", (from == null) ? null : from.name())
			.param("to", to.name())
			.param("actor", (actor == null) ? null : actor.id().value())
			.param("actorName", (actor == null) ? null : actor.name())
			.param("note", note)
			.param("at", Timestamps.param(at))
			.update();
	}

	List<DemandStep> timeline(DemandId id) {
		return this.jdbc.sql("""
				select status_from, status_to, actor_name, note, happened_at from demand_step
				where demand_id = :id order by happened_at, id
				""").param("id", id.value()).query((rs, n) -> {
			String from = rs.getString("status_from");
			return new DemandStep((from == null) ? null : DemandStatus.valueOf(from),
					DemandStatus.valueOf(rs.getString("status_to")), rs.getString("actor_name"), rs.getString("note"),
					Timestamps.read(rs, "happened_at"));
		}).list();
	}

	/** Records that someone took part, so that they keep seeing the demand. */
	void addParticipant(DemandId id, UserId user) {
		this.jdbc.sql("insert into demand_participant (demand_id, user_id) values (:id, :user) on conflict do nothing")
			.param("id", id.value())
			.param("user", user.value())
			.update();
	}

	boolean tookPart(DemandId id, UserId user) {
		return this.jdbc.sql("select count(*) from demand_participant where demand_id = :id and user_id = :user")
			.param("id", id.value())
			.param("user", user.value())
			.query(Long.class)
			.single() > 0;
	}

	private List<String> links(DemandId id) {
		return this.jdbc.sql("select url from demand_link where demand_id = :id order by seq")
			.param("id", id.value())
			.query(String.class)
			.list();
	}

	static ExpectedValue value(ResultSet rs) throws SQLException {
		String currency = rs.getString("value_currency");
		Money perYear = (currency == null) ? null
				: Money.of(rs.getBigDecimal("value_per_year"), Currency.getInstance(currency));
		return new ExpectedValue(perYear, rs.getString("target"), rs.getString("target_unit"),
				rs.getBigDecimal("target_today"), rs.getBigDecimal("target_wanted"));
	}

	private static Demand map(ResultSet rs, List<String> links) throws SQLException {
		DemandContent content = new DemandContent(rs.getString("title"), rs.getString("problem"),
				rs.getString("outcome"), value(rs), rs.getObject("needed_by", LocalDate.class),
				rs.getString("needed_by_why"), rs.getString("affected"), links);
		UUID itOwner = rs.getObject("it_owner_id", UUID.class);
		Parties parties = new Parties(new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("unit_name"),
				new UserId(rs.getObject("submitted_by", UUID.class)), rs.getString("submitter_name"),
				new UserId(rs.getObject("leader_id", UUID.class)), rs.getString("leader_name"),
				(itOwner == null) ? null : new UserId(itOwner), rs.getString("it_owner_name"));
		return new Demand(new DemandId(rs.getObject("id", UUID.class)), rs.getLong("demand_number"), content, parties,
				DemandStatus.valueOf(rs.getString("status")), rs.getObject("initiative_id", UUID.class),
				Timestamps.read(rs, "submitted_at"), Timestamps.read(rs, "closed_at"), rs.getString("closed_reason"),
				rs.getInt("version"));
	}

}
