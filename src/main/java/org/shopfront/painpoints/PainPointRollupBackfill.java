package org.shopfront.painpoints;

import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls up, once, the places that runs stored before the board had rollups (an upgraded
 * database, or one a benchmark filled with SQL): at start, before the demo mines, in one
 * transaction that holds the job's row, so that one node does it. Each run's rollups are
 * rebuilt from its places under the run's lock, so places written meanwhile by another
 * node are counted once.
 */
@Component
@Order(50)
class PainPointRollupBackfill implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(PainPointRollupBackfill.class);

	private static final int BATCH = 10_000;

	private final JdbcClient jdbc;

	private final PainPointRollups rollups;

	private final TransactionTemplate transactions;

	PainPointRollupBackfill(JdbcClient jdbc, PainPointRollups rollups, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.rollups = rollups;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> {
			String state = this.jdbc.sql("select status from pain_point_rollup_backfill where id = 1 for update")
				.query(String.class)
				.optional()
				.orElse("DONE");
			if (!"PENDING".equals(state)) {
				return;
			}
			List<UUID> runs = this.jdbc
				.sql("select id from mining_run where exists "
						+ "(select 1 from pain_point_ticket t where t.run_id = mining_run.id)")
				.query(UUID.class)
				.list();
			long places = 0;
			for (UUID run : runs) {
				places += rebuild(new MiningRunId(run));
			}
			this.jdbc.sql("update pain_point_rollup_backfill set status = 'DONE' where id = 1").update();
			if (places > 0) {
				log.info("Pain-point board: rolled up " + places + " places of " + runs.size() + " mining runs");
			}
		});
	}

	/** Rebuilds the run's rollups from its places; returns how many there are. */
	long rebuild(MiningRunId run) {
		this.rollups.lock(run);
		this.rollups.forget(run);
		PainPointTally tally = this.rollups.tally();
		long after = Long.MIN_VALUE;
		long places = 0;
		while (true) {
			long from = after;
			List<Long> read = this.jdbc.sql("""
					select ticket_id, pain_point_id, opened_at, resolved_at, reopen_count, business_unit, location
					from pain_point_ticket where run_id = :run and ticket_id > :after
					order by ticket_id limit %d
					""".formatted(BATCH)).param("run", run.value()).param("after", from).query((rs, n) -> {
				tally.add(PainPoints.facts(rs), rs.getObject("pain_point_id", UUID.class), 1);
				return rs.getLong("ticket_id");
			}).list();
			places += read.size();
			if (read.size() < BATCH) {
				break;
			}
			after = read.get(read.size() - 1);
		}
		this.rollups.add(run, tally);
		return places;
	}

}
