package org.shopfront;

import java.time.Instant;
import java.util.UUID;

import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.shared.Timestamps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * Puts an event back in the outbox as the previous release left it: incomplete, for a
 * listener of that release that is gone now.
 */
public final class OutboxLeftOvers {

	private OutboxLeftOvers() {
	}

	/** Returns the publication's id. */
	public static UUID putBack(JdbcClient jdbc, JsonMapper json, String listener, Object event) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts)
				values (?, ?, ?, ?, ?, 'PUBLISHED', 0)""")
			.params(id, listener, event.getClass().getName(), json.writeValueAsString(event),
					Timestamps.param(Instant.now()))
			.update();
		return id;
	}

	/**
	 * Puts back the {@code OrderPlaced} of an order placed during the test (the test
	 * records application events).
	 */
	public static UUID putBackPlaced(JdbcClient jdbc, JsonMapper json, String listener, ApplicationEvents events,
			OrderId order) {
		return putBack(jdbc, json, listener,
				events.stream(OrderPlaced.class)
					.filter(placed -> placed.orderId().equals(order))
					.findFirst()
					.orElseThrow());
	}

	/** Whether the publication is completed. */
	public static boolean completed(JdbcClient jdbc, UUID publication) {
		return jdbc.sql("select completion_date is not null from event_publication where id = ?")
			.param(publication)
			.query(Boolean.class)
			.single();
	}

}
