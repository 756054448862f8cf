package org.shopfront.operations;

import org.flywaydb.core.Flyway;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A database as the previous release left it: its schema (the migrations up to version
 * 12, the last on main before this release) and a company's data in it, written as that
 * release wrote it ({@code operations/release-12-data.sql}).
 */
final class PreviousRelease {

	static final String LAST_MIGRATION = "12";

	/** An order the previous release placed, promised and told the customer about. */
	static final String OLD_ORDER = "12000000-0000-4000-8000-000000000010";

	static final long OLD_ORDER_NUMBER = 10001;

	/** The order whose event the previous release left in the outbox. */
	static final String PENDING_ORDER = "12000000-0000-4000-8000-000000000020";

	static final long PENDING_ORDER_NUMBER = 10002;

	private PreviousRelease() {
	}

	static void install(AppDatabase database) {
		Flyway.configure()
			.dataSource(database.dataSource())
			.locations("classpath:db/migration", "classpath:db/vendor/" + database.vendor())
			.target(LAST_MIGRATION)
			.load()
			.migrate();
		new ResourceDatabasePopulator(new ClassPathResource("operations/release-12-data.sql"))
			.execute(database.dataSource());
	}

}
