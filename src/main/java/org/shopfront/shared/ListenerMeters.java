package org.shopfront.shared;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event listeners waiting to be run again ({@code shopfront_listeners_failed}). It
 * drops to zero within a retry round once their cause is gone; one that stays up names a
 * listener that keeps failing (the log says which).
 */
@Component
class ListenerMeters {

	ListenerMeters(MeterRegistry registry, JdbcClient jdbc) {
		DatabaseGauges.count(registry, jdbc, "shopfront.listeners.failed",
				"Event listener runs that failed and wait to be run again",
				"select count(*) from event_publication where status = 'FAILED'");
	}

}
