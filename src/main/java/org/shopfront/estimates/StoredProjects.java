package org.shopfront.estimates;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.shopfront.catalog.ProviderId;
import org.shopfront.imports.ImportRunId;
import org.shopfront.shared.Money;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The past projects table: rows are added (one by one, or a file's in batches) and read,
 * never changed. A project without the day its estimate was made is stored with its
 * start, else the day it was recorded, so that every project has a place in time.
 */
@Repository
class StoredProjects {

	private static final String INSERT = """
			insert into past_project (id, reference, source, name, work_kind, provider_id, provider_name, estimated_on,
			    effort_unit, estimated_effort, actual_effort, currency, estimated_cost, actual_cost, started_on,
			    planned_end, actual_end, estimated_days, actual_days, import_run_id, recorded_by, recorded_at)
			values (:id, :reference, :source, :name, :kind, :providerId, :providerName, :estimatedOn, :unit,
			    :estimatedEffort, :actualEffort, :currency, :estimatedCost, :actualCost, :start, :plannedEnd,
			    :actualEnd, :estimatedDays, :actualDays, :run, :by, :at)
			on conflict do nothing
			""";

	private static final String SELECT = """
			select reference, source, name, work_kind, provider_id, provider_name, estimated_on, effort_unit,
			       estimated_effort, actual_effort, currency, estimated_cost, actual_cost, started_on, planned_end,
			       actual_end, estimated_days, actual_days, recorded_by
			from past_project
			""";

	/**
	 * What the table holds now: it only grows, so its count and newest row say it all.
	 */
	record Version(long count, Instant latest) {
	}

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	StoredProjects(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Adds a project unless its reference is recorded already; true if it was added. */
	boolean add(PastProject project, Instant at) {
		return this.batch.update(INSERT, row(project, null, at)) == 1;
	}

	/** Adds the projects of one import. */
	void addAll(List<PastProject> projects, ImportRunId run, Instant at) {
		this.batch.batchUpdate(INSERT,
				projects.stream().map((project) -> row(project, run, at)).toArray(SqlParameterSource[]::new));
	}

	Version version() {
		return this.jdbc.sql("select count(*) as n, max(recorded_at) as latest from past_project")
			.query((rs, n) -> new Version(rs.getLong("n"), Timestamps.read(rs, "latest")))
			.single();
	}

	long count() {
		return this.jdbc.sql("select count(*) from past_project").query(Long.class).single();
	}

	/** Every project, in the order their estimates were made. */
	List<PastProject> all() {
		return this.jdbc.sql(SELECT + " order by estimated_on, recorded_at, id").query(StoredProjects::map).list();
	}

	/** The projects of one source, or of all when it is null. */
	List<PastProject> from(String source) {
		if (source == null) {
			return all();
		}
		return this.jdbc.sql(SELECT + " where source = :source order by estimated_on, recorded_at, id")
			.param("source", source)
			.query(StoredProjects::map)
			.list();
	}

	/** A page of projects, the most recently recorded first. */
	List<PastProject> page(int offset, int limit) {
		return this.jdbc.sql(SELECT + " order by recorded_at desc, estimated_on desc, id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(StoredProjects::map)
			.list();
	}

	private static SqlParameterSource row(PastProject project, ImportRunId run, Instant at) {
		PastProject.Effort effort = project.effort();
		PastProject.Cost cost = project.cost();
		PastProject.Schedule schedule = project.schedule();
		LocalDate start = (schedule != null) ? schedule.start() : null;
		LocalDate estimatedOn = (project.estimatedOn() != null) ? project.estimatedOn()
				: (start != null) ? start : LocalDate.ofInstant(at, ZoneOffset.UTC);
		Money estimatedCost = (cost != null) ? cost.estimated() : null;
		Money actualCost = (cost != null) ? cost.actual() : null;
		Money either = (estimatedCost != null) ? estimatedCost : actualCost;
		return new MapSqlParameterSource().addValue("id", UUID.randomUUID())
			.addValue("reference", project.origin().reference())
			.addValue("source", project.origin().source())
			.addValue("name", project.name())
			.addValue("kind", project.workKind())
			.addValue("providerId", (project.provider() != null) ? project.provider().value() : null)
			.addValue("providerName", project.providerName())
			.addValue("estimatedOn", estimatedOn)
			.addValue("unit", (effort != null) ? effort.unit().name() : null)
			.addValue("estimatedEffort", (effort != null) ? effort.estimated() : null)
			.addValue("actualEffort", (effort != null) ? effort.actual() : null)
			.addValue("currency", (either != null) ? either.currency().getCurrencyCode() : null)
			.addValue("estimatedCost", (estimatedCost != null) ? estimatedCost.amount() : null)
			.addValue("actualCost", (actualCost != null) ? actualCost.amount() : null)
			.addValue("start", start)
			.addValue("plannedEnd", (schedule != null) ? schedule.plannedEnd() : null)
			.addValue("actualEnd", (schedule != null) ? schedule.actualEnd() : null)
			.addValue("estimatedDays", (schedule != null) ? schedule.estimatedDays() : null)
			.addValue("actualDays", (schedule != null) ? schedule.actualDays() : null)
			.addValue("run", (run != null) ? run.value() : null)
			.addValue("by", project.origin().recordedBy())
			.addValue("at", Timestamps.param(at));
	}

	private static PastProject map(ResultSet rs, int row) throws SQLException {
		UUID provider = rs.getObject("provider_id", UUID.class);
		PastProject project = PastProject.finished(
				new PastProject.Origin(rs.getString("reference"), rs.getString("source"), rs.getString("recorded_by")),
				rs.getString("name"), rs.getString("work_kind"), (provider != null) ? new ProviderId(provider) : null,
				rs.getString("provider_name"), rs.getObject("estimated_on", LocalDate.class));
		String unit = rs.getString("effort_unit");
		if (unit != null) {
			project = project.effort(rs.getBigDecimal("estimated_effort"), rs.getBigDecimal("actual_effort"),
					EffortUnit.valueOf(unit));
		}
		String currency = rs.getString("currency");
		if (currency != null) {
			Currency code = Currency.getInstance(currency);
			project = project.cost(money(rs.getBigDecimal("estimated_cost"), code),
					money(rs.getBigDecimal("actual_cost"), code));
		}
		LocalDate start = rs.getObject("started_on", LocalDate.class);
		BigDecimal estimatedDays = rs.getBigDecimal("estimated_days");
		BigDecimal actualDays = rs.getBigDecimal("actual_days");
		if (start != null || estimatedDays != null || actualDays != null) {
			project = project.schedule(new PastProject.Schedule(start, rs.getObject("planned_end", LocalDate.class),
					rs.getObject("actual_end", LocalDate.class), estimatedDays, actualDays));
		}
		return project;
	}

	private static Money money(BigDecimal amount, Currency currency) {
		return (amount != null) ? Money.of(amount, currency) : null;
	}

}
