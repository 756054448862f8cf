package org.shopfront.initiatives;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.Money;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the spend reported on initiatives; a report is never changed or removed. */
@Repository
class Spends {

	private final JdbcClient jdbc;

	Spends(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Spend s) {
		this.jdbc
			.sql("""
					insert into initiative_spend (id, initiative_id, amount, currency, spent_on, note, reported_by, reported_at)
					values (:id, :initiative, :amount, :currency, :on, :note, :by, :at)
					""")
			.param("id", s.id())
			.param("initiative", s.initiativeId().value())
			.param("amount", s.amount().amount())
			.param("currency", s.amount().currency().getCurrencyCode())
			.param("on", s.spentOn())
			.param("note", s.note())
			.param("by", s.reportedBy().value())
			.param("at", Timestamps.param(s.reportedAt()))
			.update();
	}

	/** The initiative's spend, newest first. */
	List<Spend> of(InitiativeId initiative) {
		return this.jdbc.sql("""
				select * from initiative_spend where initiative_id = :id order by spent_on desc, reported_at desc
				""")
			.param("id", initiative.value())
			.query((rs, n) -> new Spend(rs.getObject("id", UUID.class), initiative,
					Money.of(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
					rs.getObject("spent_on", java.time.LocalDate.class), rs.getString("note"),
					new UserId(rs.getObject("reported_by", UUID.class)), Timestamps.read(rs, "reported_at")))
			.list();
	}

}
