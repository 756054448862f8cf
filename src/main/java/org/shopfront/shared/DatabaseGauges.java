package org.shopfront.shared;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gauges whose value is a count read from the database at each scrape, so that every node
 * reports the same company-wide figure.
 */
public final class DatabaseGauges {

	private DatabaseGauges() {
	}

	/** Registers a gauge that runs {@code countQuery} (one number) when it is read. */
	public static void count(MeterRegistry registry, JdbcClient jdbc, String name, String description,
			String countQuery) {
		Gauge.builder(name, () -> jdbc.sql(countQuery).query(Long.class).single())
			.description(description)
			.register(registry);
	}

}
