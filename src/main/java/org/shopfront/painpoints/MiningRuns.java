package org.shopfront.painpoints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mining runs and their progress. At most one run is running at a time across all nodes:
 * a new run is only inserted when no other is running (one that stopped reporting for
 * {@link MiningRun#STALLED} no longer counts).
 */
@Repository
class MiningRuns {

	private static final String SELECT = """
			select id, status, phase, progress, tickets, k, parameters, trigger_kind, started_by_name,
			       last_ticket_id, started_at, updated_at, finished_at
			from mining_run
			""";

	private final JdbcClient jdbc;

	MiningRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a new running run, unless one is running already. */
	Optional<MiningRunId> start(MiningTrigger trigger, String startedBy, String parameters, Instant now) {
		MiningRunId id = new MiningRunId(UUID.randomUUID());
		int inserted = this.jdbc.sql("""
				insert into mining_run (id, status, phase, progress, trigger_kind, started_by_name, parameters,
				                        started_at, updated_at)
				select :id, 'RUNNING', 'READING', 0, :trigger, :by, :parameters, :now, :now
				where not exists (select 1 from mining_run where status = 'RUNNING' and updated_at > :stale)
				""")
			.param("id", id.value())
			.param("trigger", trigger.name())
			.param("by", startedBy)
			.param("parameters", parameters)
			.param("now", Timestamps.param(now))
			.param("stale", Timestamps.param(now.minus(MiningRun.STALLED)))
			.update();
		return (inserted == 1) ? Optional.of(id) : Optional.empty();
	}

	void progress(MiningRunId id, MiningPhase phase, int progress, long tickets, Instant now) {
		this.jdbc.sql("""
				update mining_run set phase = :phase, progress = :progress, tickets = :tickets, updated_at = :now
				where id = :id
				""")
			.param("phase", phase.name())
			.param("progress", progress)
			.param("tickets", tickets)
			.param("now", Timestamps.param(now))
			.param("id", id.value())
			.update();
	}

	void finish(MiningRunId id, int k, long lastTicketId, Instant now) {
		this.jdbc.sql("""
				update mining_run set status = 'DONE', phase = 'FINISHED', progress = 100, k = :k,
				       last_ticket_id = :last, updated_at = :now, finished_at = :now
				where id = :id
				""")
			.param("k", k)
			.param("last", lastTicketId)
			.param("now", Timestamps.param(now))
			.param("id", id.value())
			.update();
	}

	/** Keeps how the run counted a ticket's features, to place new tickets alike. */
	void features(MiningRunId id, MinedFeatures features) {
		this.jdbc.sql("update mining_run set dropped_stems = :stems, title_weight = :weight where id = :id")
			.param("stems", features.encodeStems())
			.param("weight", features.titleWeight())
			.param("id", id.value())
			.update();
	}

	/** How the run counted a ticket's features. */
	MinedFeatures features(MiningRunId id) {
		return this.jdbc.sql("select dropped_stems, title_weight from mining_run where id = :id")
			.param("id", id.value())
			.query((rs, n) -> MinedFeatures.decode(rs.getString("dropped_stems"),
					rs.getObject("title_weight", Float.class)))
			.optional()
			.orElseGet(MinedFeatures::unknown);
	}

	void fail(MiningRunId id, Instant now) {
		this.jdbc.sql("""
				update mining_run set status = 'FAILED', updated_at = :now, finished_at = :now where id = :id
				""").param("now", Timestamps.param(now)).param("id", id.value()).update();
	}

	/**
	 * Moves the run's mark of the newest placed ticket forward, if no other node did
	 * first.
	 */
	boolean advance(MiningRunId id, long from, long to) {
		return this.jdbc.sql("update mining_run set last_ticket_id = :to where id = :id and last_ticket_id = :from")
			.param("to", to)
			.param("id", id.value())
			.param("from", from)
			.update() == 1;
	}

	Optional<MiningRun> find(MiningRunId id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(MiningRuns::map).optional();
	}

	/** The newest finished run: the one whose pain points the board shows. */
	Optional<MiningRun> current() {
		return this.jdbc.sql(SELECT + " where status = 'DONE' order by finished_at desc, started_at desc limit 1")
			.query(MiningRuns::map)
			.optional();
	}

	/** The newest run of any status. */
	Optional<MiningRun> latest() {
		return this.jdbc.sql(SELECT + " order by started_at desc limit 1").query(MiningRuns::map).optional();
	}

	/** Finished runs older than the given one. */
	List<MiningRunId> olderFinished(MiningRunId than) {
		return this.jdbc.sql("""
				select id from mining_run where status = 'DONE' and id <> :id
				and finished_at <= (select finished_at from mining_run where id = :id)
				""").param("id", than.value()).query((rs, n) -> new MiningRunId(rs.getObject("id", UUID.class))).list();
	}

	private static MiningRun map(ResultSet rs, int row) throws SQLException {
		return new MiningRun(new MiningRunId(rs.getObject("id", UUID.class)),
				MiningStatus.valueOf(rs.getString("status")), MiningPhase.valueOf(rs.getString("phase")),
				rs.getInt("progress"), rs.getLong("tickets"), rs.getObject("k", Integer.class),
				rs.getString("parameters"), MiningTrigger.named(rs.getString("trigger_kind")),
				rs.getString("started_by_name"), rs.getLong("last_ticket_id"), Timestamps.read(rs, "started_at"),
				Timestamps.read(rs, "updated_at"), Timestamps.read(rs, "finished_at"));
	}

}
