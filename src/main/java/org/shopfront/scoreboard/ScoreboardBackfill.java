package org.shopfront.scoreboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores the promises that closed before the scoreboard existed (an upgraded database, or
 * the demo history, which is written without events), once, after the demo data, in the
 * background so that a large database does not hold up the start: one node claims the
 * job, reads the closed promises in id order and counts them in batches of one
 * transaction each (a node that dies meanwhile leaves the job to be taken over an hour
 * later). Events keep the figures current from then on; a promise that both this and its
 * event count is counted once.
 */
@Component
@Order(70)
class ScoreboardBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScoreboardBackfill.class);

	/**
	 * Promises per transaction. Large, because a batch of promises in id order touches
	 * most rollup rows whatever its size: fewer batches write each row fewer times.
	 */
	static final int BATCH = 10_000;

	/** A claim this old belongs to a node that died while scoring. */
	static final Duration ABANDONED_AFTER = Duration.ofHours(1);

	private final RecordedPromises promises;

	private final Scoring scoring;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final TaskExecutor executor;

	ScoreboardBackfill(RecordedPromises promises, Scoring scoring, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.executor = executor;
		this.promises = promises;
		this.scoring = scoring;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.executor.execute(() -> {
			try {
				backfill();
			}
			catch (RuntimeException ex) {
				log.error("Scoreboard: scoring the promises closed before it failed; the next start tries again", ex);
				this.jdbc.sql("update score_backfill set state = 'PENDING' where id = 1 and state = 'RUNNING'")
					.update();
			}
		});
	}

	/** Scores every closed promise unless done already; returns how many were new. */
	long backfill() {
		Instant now = this.clock.instant();
		boolean claimed = this.jdbc.sql("""
				update score_backfill set state = 'RUNNING', claimed_at = :now
				where id = 1 and (state = 'PENDING' or (state = 'RUNNING' and claimed_at < :abandoned))
				""")
			.param("now", Timestamps.param(now))
			.param("abandoned", Timestamps.param(now.minus(ABANDONED_AFTER)))
			.update() == 1;
		if (!claimed) {
			return 0;
		}
		long started = System.nanoTime();
		Map<UserId, Optional<UnitId>> units = new HashMap<>();
		long scored = 0;
		long read = 0;
		UUID after = null;
		while (true) {
			List<Scored> batch = this.promises.closedAfter(after, BATCH, units);
			if (batch.isEmpty()) {
				break;
			}
			read += batch.size();
			Integer added = this.transactions.execute((status) -> this.scoring.count(batch));
			scored += (added != null) ? added : 0;
			after = batch.get(batch.size() - 1).promiseId().value();
		}
		this.jdbc.sql("update score_backfill set state = 'DONE', scored = :scored, finished_at = :at where id = 1")
			.param("scored", scored)
			.param("at", Timestamps.param(this.clock.instant()))
			.update();
		if (read > 0) {
			log.info("Scoreboard: {} closed promises read, {} newly scored, in {} ms", read, scored,
					(System.nanoTime() - started) / 1_000_000);
		}
		return scored;
	}

}
