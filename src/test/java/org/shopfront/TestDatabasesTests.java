package org.shopfront;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite really runs on the database {@code -Dshopfront.test.db} names, migrated by
 * the same Flyway scripts on either.
 */
@ShopfrontTest
class TestDatabasesTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnTheDatabaseTheSwitchSelects() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			assertThat(product).isEqualTo(TestDatabases.postgres() ? "PostgreSQL" : "H2");
			assertThat(connection.getMetaData().getURL()).doesNotContain("file:");
		}
	}

	@Test
	void appliesEveryMigration() {
		Long failed = this.jdbc.sql("select count(*) from flyway_schema_history where not success")
			.query(Long.class)
			.single();
		Long applied = this.jdbc.sql("select count(*) from flyway_schema_history where version is not null")
			.query(Long.class)
			.single();
		assertThat(failed).isZero();
		assertThat(applied).isGreaterThanOrEqualTo(4);
	}

}
