package org.shopfront.imports;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rows imported and rejected by every import and push so far, of every kind
 * ({@code shopfront_import_rows_total{outcome=…}}), read from the import runs.
 */
@Component
class ImportMeters {

	ImportMeters(MeterRegistry registry, JdbcClient jdbc) {
		for (String outcome : new String[] { "imported", "rejected" }) {
			String sql = "select coalesce(sum(rows_" + outcome + "), 0) from import_run";
			FunctionCounter.builder("shopfront.import.rows", jdbc, (db) -> db.sql(sql).query(Long.class).single())
				.description("Rows read by imports and pushes")
				.tag("outcome", outcome)
				.register(registry);
		}
	}

}
