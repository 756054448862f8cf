package org.shopfront.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server on a data directory and port of its own, which the
 * operations test stops and starts again on the same data.
 */
final class TestPostgres implements AutoCloseable {

	private final Path data;

	private final int port;

	private EmbeddedPostgres server;

	private TestPostgres(Path data, int port) {
		this.data = data;
		this.port = port;
	}

	static TestPostgres start(Path data) throws IOException, SQLException {
		TestPostgres postgres = new TestPostgres(data, PackagedApp.freePort());
		postgres.restart();
		try (Connection connection = postgres.server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database shopfront");
		}
		return postgres;
	}

	/** Starts the server on the same data directory and port. */
	void restart() throws IOException {
		this.server = EmbeddedPostgres.builder()
			.setDataDirectory(this.data)
			.setCleanDataDirectory(false)
			.setPort(this.port)
			.setRegisterShutdownHook(false)
			.start();
	}

	/** Stops the server (fast shutdown: open connections are cut). */
	void stop() throws IOException {
		this.server.close();
		this.server = null;
	}

	Map<String, String> environment() {
		return Map.of("SHOPFRONT_DB_URL", database().url(), "SHOPFRONT_DB_USER", "postgres", "SHOPFRONT_DB_PASSWORD",
				"");
	}

	AppDatabase database() {
		return new AppDatabase("jdbc:postgresql://localhost:" + this.port + "/shopfront", "postgres", "postgresql");
	}

	@Override
	public void close() throws IOException {
		if (this.server != null) {
			stop();
		}
	}

}
