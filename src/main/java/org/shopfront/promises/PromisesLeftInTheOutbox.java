package org.shopfront.promises;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.shared.Timestamps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes the work the previous release left for its listener of {@link OrderPlaced}
 * (decision 0034): promises are now made in the order's transaction, so an
 * {@code OrderPlaced} publication still incomplete for that listener when the old node
 * stopped has no listener any more, and its order would stay without a promise. At start
 * each such publication is claimed by a conditional update of its row and its promise
 * made in the same transaction, so with several nodes starting together exactly one of
 * them makes it.
 */
@Component
class PromisesLeftInTheOutbox {

	static final String OLD_LISTENER = "org.shopfront.promises.PromiseKeeping.on(org.shopfront.ordering.OrderPlaced)";

	private static final Log log = LogFactory.getLog(PromisesLeftInTheOutbox.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PromiseKeeping keeping;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PromisesLeftInTheOutbox(JdbcClient jdbc, JsonMapper json, PromiseKeeping keeping,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.keeping = keeping;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		int finished = finishAll();
		if (finished > 0) {
			log.info("Made the promises of " + finished + " orders the previous release left in the outbox");
		}
	}

	/**
	 * Returns how many publications this node finished. One that fails (its order is
	 * gone) stays incomplete, with a warning, for an operator, as it did for the old
	 * listener.
	 */
	int finishAll() {
		List<UUID> left = this.jdbc
			.sql("select id from event_publication where listener_id = ? and completion_date is null")
			.param(OLD_LISTENER)
			.query(UUID.class)
			.list();
		int finished = 0;
		for (UUID id : left) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> finish(id)))) {
					finished++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("The order of publication " + id + " left by the previous release got no promise", ex);
			}
		}
		return finished;
	}

	private boolean finish(UUID publication) {
		int claimed = this.jdbc.sql("""
				update event_publication set status = 'COMPLETED', completion_date = ?
				where id = ? and completion_date is null""")
			.params(Timestamps.param(this.clock.instant()), publication)
			.update();
		if (claimed == 0) {
			return false; // another node finished it
		}
		String event = this.jdbc.sql("select serialized_event from event_publication where id = ?")
			.param(publication)
			.query(String.class)
			.single();
		this.keeping.promiseLate(this.json.readValue(event, OrderPlaced.class));
		return true;
	}

}
