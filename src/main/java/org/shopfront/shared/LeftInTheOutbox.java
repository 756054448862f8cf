package org.shopfront.shared;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes the publications the previous release left incomplete for a listener that is
 * gone (decisions 0034 and 0045: its work is now done in the transaction that publishes
 * the event). Modulith finds no listener for such a publication and leaves it, so the
 * release that removes a listener does its work once at start: each publication is
 * claimed by a conditional update of its row and its work done in the same transaction.
 * With several nodes starting together the second update waits for the first transaction
 * and then finds the row completed, so exactly one node does the work.
 */
@Component
public class LeftInTheOutbox {

	private static final Logger log = LoggerFactory.getLogger(LeftInTheOutbox.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LeftInTheOutbox(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Does the gone listener's work for each of its incomplete publications. One that
	 * fails (its order is gone, say) stays incomplete, with a warning, for an operator,
	 * as it did for the old listener.
	 * @param listener the old listener's id as Modulith stored it
	 * @return how many publications this node finished
	 */
	public <T> int finishAll(String listener, Class<T> type, Consumer<T> work) {
		List<UUID> left = this.jdbc
			.sql("select id from event_publication where listener_id = ? and completion_date is null")
			.param(listener)
			.query(UUID.class)
			.list();
		int finished = 0;
		for (UUID id : left) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> finish(id, type, work)))) {
					finished++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Publication {} left by the previous release for {} could not be finished", id, listener, ex);
			}
		}
		return finished;
	}

	private <T> boolean finish(UUID publication, Class<T> type, Consumer<T> work) {
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
		work.accept(this.json.readValue(event, type));
		return true;
	}

}
