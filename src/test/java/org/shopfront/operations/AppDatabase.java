package org.shopfront.operations;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The packaged application's database as the test reaches it from outside the process:
 * the H2 file in its working directory (only while the application is stopped, since H2
 * locks the file) or the embedded PostgreSQL server.
 *
 * @param url the JDBC URL
 * @param user the database user
 * @param vendor Flyway's name for the database, for the vendor-specific migrations
 */
record AppDatabase(String url, String user, String vendor) {

	/** The default H2 file database ({@code ./data/shopfront}) of a working directory. */
	static AppDatabase h2(Path directory) {
		return new AppDatabase("jdbc:h2:file:" + directory.resolve("data").resolve("shopfront")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "h2");
	}

	DataSource dataSource() {
		return new DriverManagerDataSource(this.url, this.user, "");
	}

	JdbcClient jdbc() {
		return JdbcClient.create(dataSource());
	}

	long count(String query) {
		return jdbc().sql(query).query(Long.class).single();
	}

}
