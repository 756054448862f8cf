package org.shopfront.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores proposals with their options. A proposal is only ever inserted: every version
 * stays as it was written, and the unique version number per demand refuses a second
 * proposal written at the same moment.
 */
@Repository
class Proposals {

	/** A version of a demand's proposal, for the list of versions. */
	record Version(int version, String writerName, Instant writtenAt) {
	}

	private final JdbcClient jdbc;

	Proposals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int nextVersion(DemandId demand) {
		return this.jdbc.sql("select coalesce(max(version), 0) + 1 from proposal where demand_id = :demand")
			.param("demand", demand.value())
			.query(Integer.class)
			.single();
	}

	void insert(Proposal p) {
		this.jdbc.sql("""
				insert into proposal (id, demand_id, version, written_by, written_by_name, written_at, summary,
				    fewer_options_reason, currency, recommended_option_id, recommendation_reason)
				values (:id, :demand, :version, :writer, :writerName, :at, :summary, :fewer, :currency, :recommended,
				    :reason)
				""")
			.param("id", p.id().value())
			.param("demand", p.demandId().value())
			.param("version", p.version())
			.param("writer", p.writer().id().value())
			.param("writerName", p.writer().name())
			.param("at", Timestamps.param(p.writtenAt()))
			.param("summary", p.summary())
			.param("fewer", p.fewerOptionsReason())
			.param("currency", p.currency().getCurrencyCode())
			.param("recommended", p.recommended().value())
			.param("reason", p.recommendationReason())
			.update();
		for (ProposalOption o : p.options()) {
			this.jdbc.sql("""
					insert into proposal_option (id, proposal_id, seq, kind, name, description, provider_id,
					    provider_name, one_off_cost, running_cost, effort_days, delivery_date, risks)
					values (:id, :proposal, :seq, :kind, :name, :description, :provider, :providerName, :oneOff,
					    :running, :effort, :delivery, :risks)
					""")
				.param("id", o.id().value())
				.param("proposal", p.id().value())
				.param("seq", o.seq())
				.param("kind", o.kind().name())
				.param("name", o.name())
				.param("description", o.description())
				.param("provider", (o.providerId() == null) ? null : o.providerId().value())
				.param("providerName", o.providerName())
				.param("oneOff", o.oneOffCost().amount())
				.param("running", o.runningCostPerYear().amount())
				.param("effort", o.effortDays())
				.param("delivery", o.deliveryDate())
				.param("risks", o.risks())
				.update();
		}
	}

	/** The newest version, or empty before IT proposed anything. */
	Optional<Proposal> latest(DemandId demand) {
		return this.jdbc
			.sql("select * from proposal where demand_id = :demand order by version desc fetch first 1 rows only")
			.param("demand", demand.value())
			.query(this::map)
			.optional();
	}

	Optional<Proposal> version(DemandId demand, int version) {
		return this.jdbc.sql("select * from proposal where demand_id = :demand and version = :version")
			.param("demand", demand.value())
			.param("version", version)
			.query(this::map)
			.optional();
	}

	Optional<Proposal> find(ProposalId id) {
		return this.jdbc.sql("select * from proposal where id = :id")
			.param("id", id.value())
			.query(this::map)
			.optional();
	}

	/** Every version of a demand's proposal, the newest first. */
	List<Version> versions(DemandId demand) {
		return this.jdbc.sql("""
				select version, written_by_name, written_at from proposal where demand_id = :demand
				order by version desc
				""")
			.param("demand", demand.value())
			.query((rs, n) -> new Version(rs.getInt("version"), rs.getString("written_by_name"),
					Timestamps.read(rs, "written_at")))
			.list();
	}

	private Proposal map(ResultSet rs, int row) throws SQLException {
		ProposalId id = new ProposalId(rs.getObject("id", UUID.class));
		Currency currency = Currency.getInstance(rs.getString("currency"));
		return new Proposal(id, new DemandId(rs.getObject("demand_id", UUID.class)), rs.getInt("version"),
				new Actor(new UserId(rs.getObject("written_by", UUID.class)), rs.getString("written_by_name")),
				Timestamps.read(rs, "written_at"), rs.getString("summary"), rs.getString("fewer_options_reason"),
				currency, new OptionId(rs.getObject("recommended_option_id", UUID.class)),
				rs.getString("recommendation_reason"), options(id, currency));
	}

	private List<ProposalOption> options(ProposalId proposal, Currency currency) {
		return this.jdbc.sql("select * from proposal_option where proposal_id = :proposal order by seq")
			.param("proposal", proposal.value())
			.query((rs, n) -> option(rs, currency))
			.list();
	}

	private static ProposalOption option(ResultSet rs, Currency currency) throws SQLException {
		UUID provider = rs.getObject("provider_id", UUID.class);
		return new ProposalOption(new OptionId(rs.getObject("id", UUID.class)), rs.getInt("seq"),
				OptionKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("description"),
				(provider == null) ? null : new ProviderId(provider), rs.getString("provider_name"),
				Money.of(rs.getBigDecimal("one_off_cost"), currency),
				Money.of(rs.getBigDecimal("running_cost"), currency), rs.getBigDecimal("effort_days"),
				rs.getObject("delivery_date", LocalDate.class), rs.getString("risks"));
	}

}
