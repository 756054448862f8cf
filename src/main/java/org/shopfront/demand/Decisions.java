package org.shopfront.demand;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.Money;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each demand's one decision; its primary key refuses a second. */
@Repository
class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Decision d) {
		this.jdbc.sql("""
				insert into demand_decision (demand_id, proposal_id, proposal_version, option_id, decided_by,
				    decided_by_name, decided_at, budget, currency, due)
				values (:demand, :proposal, :version, :option, :by, :byName, :at, :budget, :currency, :due)
				""")
			.param("demand", d.demandId().value())
			.param("proposal", d.proposalId().value())
			.param("version", d.proposalVersion())
			.param("option", d.optionId().value())
			.param("by", d.decidedBy().id().value())
			.param("byName", d.decidedBy().name())
			.param("at", Timestamps.param(d.decidedAt()))
			.param("budget", d.budget().amount())
			.param("currency", d.budget().currency().getCurrencyCode())
			.param("due", d.due())
			.update();
	}

	Optional<Decision> of(DemandId demand) {
		return this.jdbc.sql("select * from demand_decision where demand_id = :demand")
			.param("demand", demand.value())
			.query((rs, n) -> new Decision(demand, new ProposalId(rs.getObject("proposal_id", UUID.class)),
					rs.getInt("proposal_version"), new OptionId(rs.getObject("option_id", UUID.class)),
					new Actor(new UserId(rs.getObject("decided_by", UUID.class)), rs.getString("decided_by_name")),
					Timestamps.read(rs, "decided_at"),
					Money.of(rs.getBigDecimal("budget"), Currency.getInstance(rs.getString("currency"))),
					rs.getObject("due", LocalDate.class)))
			.optional();
	}

}
