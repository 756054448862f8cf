package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.catalog.ProviderId;
import org.shopfront.demand.DemandId;
import org.shopfront.demand.OptionId;
import org.shopfront.demand.OptionKind;
import org.shopfront.demand.ProposalId;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores initiatives. One per demand: inserting a second for the same demand does
 * nothing, which makes starting idempotent; an update only succeeds against the version
 * that was read.
 */
@Repository
class Initiatives {

	private final JdbcClient jdbc;

	Initiatives(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new initiative; false when its demand has one already. */
	boolean insert(Initiative i) {
		Decision d = i.decision();
		return this.jdbc.sql("""
				insert into initiative (id, demand_id, proposal_id, proposal_version, option_id, title, option_name,
				    option_kind, provider_id, provider_name, unit_id, team_id, sponsor_id, it_owner_id, currency,
				    one_off_cost, running_cost, effort_days, work_kind, started_at, status, spent, scope, version)
				values (:id, :demand, :proposal, :proposalVersion, :option, :title, :optionName, :kind, :provider,
				    :providerName, :unit, :team, :sponsor, :itOwner, :currency, :oneOff, :running, :effort, :workKind,
				    :startedAt, :status, :spent, :scope, 0)
				on conflict do nothing
				""")
			.param("id", i.id().value())
			.param("demand", d.demand().value())
			.param("proposal", d.proposal().value())
			.param("proposalVersion", d.proposalVersion())
			.param("option", d.option().value())
			.param("title", d.title())
			.param("optionName", d.optionName())
			.param("kind", d.kind().name())
			.param("provider", (d.provider() != null) ? d.provider().value() : null)
			.param("providerName", d.providerName())
			.param("unit", d.unit().value())
			.param("team", (d.team() != null) ? d.team().value() : null)
			.param("sponsor", d.sponsor().value())
			.param("itOwner", d.itOwner().value())
			.param("currency", i.currency().getCurrencyCode())
			.param("oneOff", d.oneOffCost().amount())
			.param("running", (d.runningCostPerYear() != null) ? d.runningCostPerYear().amount() : null)
			.param("effort", d.effortDays())
			.param("workKind", d.workKind())
			.param("startedAt", Timestamps.param(d.startedAt()))
			.param("status", i.status().name())
			.param("spent", i.spent())
			.param("scope", i.scope())
			.update() == 1;
	}

	/**
	 * Saves a changed initiative; false when someone else changed it since it was read.
	 */
	boolean update(Initiative i) {
		return this.jdbc.sql("""
				update initiative set status = :status, spent = :spent, scope = :scope, delivered_on = :deliveredOn,
				    closed_at = :closedAt, end_note = :endNote, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", i.id().value())
			.param("status", i.status().name())
			.param("spent", i.spent())
			.param("scope", i.scope())
			.param("deliveredOn", i.deliveredOn())
			.param("closedAt", Timestamps.param(i.closedAt()))
			.param("endNote", i.endNote())
			.param("version", i.version())
			.update() == 1;
	}

	Optional<Initiative> find(InitiativeId id) {
		return this.jdbc.sql("select * from initiative where id = :id")
			.param("id", id.value())
			.query(Initiatives::map)
			.optional();
	}

	boolean any() {
		return this.jdbc.sql("select count(*) from initiative").query(Long.class).single() > 0;
	}

	/**
	 * Up to {@code limit} running initiatives with an id after {@code after} (from the
	 * first when null), in id order: one batch of the watch.
	 */
	List<Initiative> runningAfter(UUID after, int limit) {
		String from = (after != null) ? " and id > :after" : "";
		JdbcClient.StatementSpec sql = this.jdbc.sql("select * from initiative where status = 'RUNNING'" + from
				+ " order by id fetch first " + Math.max(1, limit) + " rows only");
		if (after != null) {
			sql = sql.param("after", after);
		}
		return sql.query(Initiatives::map).list();
	}

	static Initiative map(ResultSet rs, int row) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		UUID provider = rs.getObject("provider_id", UUID.class);
		UUID team = rs.getObject("team_id", UUID.class);
		BigDecimal running = rs.getBigDecimal("running_cost");
		Decision decision = new Decision(new DemandId(rs.getObject("demand_id", UUID.class)),
				new ProposalId(rs.getObject("proposal_id", UUID.class)), rs.getInt("proposal_version"),
				new OptionId(rs.getObject("option_id", UUID.class)), rs.getString("title"), rs.getString("option_name"),
				OptionKind.valueOf(rs.getString("option_kind")), (provider != null) ? new ProviderId(provider) : null,
				rs.getString("provider_name"), new UnitId(rs.getObject("unit_id", UUID.class)),
				(team != null) ? new UnitId(team) : null, new UserId(rs.getObject("sponsor_id", UUID.class)),
				new UserId(rs.getObject("it_owner_id", UUID.class)),
				Money.of(rs.getBigDecimal("one_off_cost"), currency),
				(running != null) ? Money.of(running, currency) : null, rs.getBigDecimal("effort_days"),
				rs.getString("work_kind"), Timestamps.read(rs, "started_at"));
		return new Initiative(new InitiativeId(rs.getObject("id", UUID.class)), decision,
				InitiativeStatus.valueOf(rs.getString("status")), rs.getBigDecimal("spent"), rs.getBigDecimal("scope"),
				rs.getObject("delivered_on", LocalDate.class), Timestamps.read(rs, "closed_at"),
				rs.getString("end_note"), rs.getInt("version"));
	}

}
