package org.shopfront.promises;

import io.micrometer.core.instrument.MeterRegistry;
import org.shopfront.shared.DatabaseGauges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The promises at risk right now ({@code shopfront_promises_at_risk}), company-wide. */
@Component
class PromiseMeters {

	PromiseMeters(MeterRegistry registry, JdbcClient jdbc) {
		DatabaseGauges.count(registry, jdbc, "shopfront.promises.at.risk", "Open promises currently at risk",
				"select count(*) from promise where status = 'AT_RISK'");
	}

}
