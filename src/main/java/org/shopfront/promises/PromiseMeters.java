package org.shopfront.promises;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The promises at risk right now ({@code shopfront_promises_at_risk}), read from the
 * database at each scrape, so every node reports the same company-wide figure.
 */
@Component
class PromiseMeters {

	PromiseMeters(MeterRegistry registry, JdbcClient jdbc) {
		Gauge
			.builder("shopfront.promises.at.risk",
					() -> jdbc.sql("select count(*) from promise where status = 'AT_RISK'").query(Long.class).single())
			.description("Open promises currently at risk")
			.register(registry);
	}

}
