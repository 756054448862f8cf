package org.shopfront;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The plan PostgreSQL gives a query the application really sends, as a server-prepared
 * statement's generic plan (which the driver switches to after five executions): the
 * query's SQL is caught as JdbcTemplate logs it, prepared with its parameters left open,
 * and explained with {@code plan_cache_mode = force_generic_plan}. Sequential scans and
 * sorts are made prohibitively expensive, so the plan shows whether an index <em>can</em>
 * serve the query in its order without sorting the rows it reads. Skipped on H2.
 */
public final class QueryPlans {

	private static final Pattern LOGGED_SQL = Pattern
		.compile("(?s)Executing prepared SQL (?:query|statement) \\[(.*)\\]");

	private static final Pattern INDEX_CONDITION = Pattern.compile("\"Index Cond\": \"([^\"]*)\"");

	private final DataSource dataSource;

	public QueryPlans(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Skips the calling test unless the tests run on PostgreSQL. */
	public void assumePostgres() {
		assumeTrue(onPostgres(), "query plans are PostgreSQL's");
	}

	public boolean onPostgres() {
		return TestDatabases.postgres();
	}

	/** The SQL of the first query the action sent, with {@code ?} for its parameters. */
	public String firstQueryOf(Supplier<?> action) {
		return queryOf(action, 0);
	}

	/**
	 * The SQL of the action's query with that index (from 0), with {@code ?} for its
	 * parameters.
	 */
	public String queryOf(Supplier<?> action, int index) {
		Logger logger = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
		Level level = logger.getLevel();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		logger.setLevel(Level.DEBUG);
		try {
			action.get();
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(appender);
		}
		int seen = 0;
		for (ILoggingEvent event : appender.list) {
			Matcher sql = LOGGED_SQL.matcher(event.getFormattedMessage());
			if (sql.matches() && seen++ == index) {
				return sql.group(1);
			}
		}
		throw new IllegalStateException("The action sent " + seen + " queries, not " + (index + 1));
	}

	/** The generic plan of the SQL as JSON. */
	public String genericPlan(String sql) {
		StringBuilder numbered = new StringBuilder();
		int parameters = 0;
		for (char c : sql.toCharArray()) {
			if (c == '?') {
				numbered.append('$').append(++parameters);
			}
			else {
				numbered.append(c);
			}
		}
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set plan_cache_mode = force_generic_plan");
			statement.execute("set enable_seqscan = off");
			statement.execute("set enable_sort = off");
			statement.execute("prepare planned as " + numbered);
			String values = String.join(", ", Collections.nCopies(parameters, "null"));
			try (ResultSet plan = statement
				.executeQuery("explain (format json) execute planned" + (parameters > 0 ? "(" + values + ")" : ""))) {
				plan.next();
				return plan.getString(1);
			}
			finally {
				statement.execute("deallocate planned");
				statement.execute("reset all");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not explain " + numbered, ex);
		}
	}

	/**
	 * Asserts the first query of the action (the list's page) reads the index in its
	 * order, sorting nothing and scanning no table whole.
	 */
	public void assertReadsAlong(String index, Supplier<?> action) {
		assertReadsAlong(index, firstQueryOf(action));
	}

	/** Asserts the query reads the index in its order, sorting nothing. */
	public void assertReadsAlong(String index, String sql) {
		String plan = genericPlan(sql);
		assertThat(plan).as("plan of %s", sql)
			.contains("\"Index Name\": \"" + index + "\"")
			.doesNotContain("\"Node Type\": \"Sort\"")
			.doesNotContain("\"Node Type\": \"Seq Scan\"");
	}

	/**
	 * Asserts as {@link #assertReadsAlong} and that both ends of a page's window
	 * ({@code Keyset.window()}) are in the index condition, so that no plan can read past
	 * the page.
	 */
	public void assertReadsWindowAlong(String index, String sql) {
		assertReadsAlong(index, sql);
		Matcher bounds = INDEX_CONDITION.matcher(genericPlan(sql));
		assertThat(bounds.find()).as("an index condition in the plan of %s", sql).isTrue();
		assertThat(bounds.group(1)).as("the page's window, both ends in the index condition")
			.contains(">= ROW(")
			.contains("<= ROW(");
	}

	/**
	 * Asserts as {@link #assertReadsAlong} and that the index alone answers the query (an
	 * index-only scan): a list's page of ids, which a generic plan then walks even for a
	 * key it expects few rows of, where reading whole rows tempted it to sort them all.
	 */
	public void assertReadsOnly(String index, Supplier<?> action) {
		String sql = firstQueryOf(action);
		String plan = genericPlan(sql);
		assertThat(plan).as("plan of %s", sql)
			.contains("\"Node Type\": \"Index Only Scan\"")
			.contains("\"Index Name\": \"" + index + "\"")
			.doesNotContain("\"Node Type\": \"Sort\"")
			.doesNotContain("\"Node Type\": \"Seq Scan\"");
	}

}
