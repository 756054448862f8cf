package org.shopfront.listening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores tickets, keyed by source and ticket number: a ticket read again replaces the
 * stored one. One multi-row statement per batch, because a round trip per ticket caps an
 * import at a few thousand tickets a second. The upsert is the one thing H2 and
 * PostgreSQL spell differently ({@code MERGE … KEY} against {@code INSERT … ON CONFLICT};
 * the SQL-standard {@code MERGE} needs PostgreSQL 15), so the dialect is asked once.
 */
@Repository
class Tickets {

	private static final String COLUMNS = "source, ticket_number, title, description, category, opened_at, resolved_at, "
			+ "caller, assignment_group, location, business_unit, reopen_count, import_run_id, imported_at";

	private static final String[] UPDATED = { "title", "description", "category", "opened_at", "resolved_at", "caller",
			"assignment_group", "location", "business_unit", "reopen_count", "import_run_id", "imported_at" };

	private static final int PARAMETERS = 14;

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	private final Map<Integer, String> statements = new ConcurrentHashMap<>();

	Tickets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase()
			.contains("postgres"));
	}

	/**
	 * Inserts or replaces the tickets. Of several tickets with the same key in one call
	 * the last one wins, as it would have row by row.
	 * @return how many distinct tickets were written
	 */
	int upsert(Collection<Ticket> tickets, ImportRunId run, Instant now) {
		if (tickets.isEmpty()) {
			return 0;
		}
		Map<List<String>, Ticket> distinct = new LinkedHashMap<>();
		for (Ticket ticket : tickets) {
			distinct.put(List.of(ticket.source(), ticket.number()), ticket);
		}
		List<Ticket> rows = new ArrayList<>(distinct.values());
		String sql = this.statements.computeIfAbsent(rows.size(), this::upsertSql);
		return this.jdbc.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				int i = 1;
				for (Ticket ticket : rows) {
					i = bind(statement, i, ticket, run, now);
				}
				statement.executeUpdate();
			}
			return rows.size();
		});
	}

	private String upsertSql(int rows) {
		StringJoiner values = new StringJoiner(", ");
		String row = "(" + "?, ".repeat(PARAMETERS - 1) + "?)";
		for (int i = 0; i < rows; i++) {
			values.add(row);
		}
		if (!this.postgres) {
			return "merge into ticket (" + COLUMNS + ") key (source, ticket_number) values " + values;
		}
		StringJoiner updates = new StringJoiner(", ");
		for (String column : UPDATED) {
			updates.add(column + " = excluded." + column);
		}
		return "insert into ticket (" + COLUMNS + ") values " + values
				+ " on conflict (source, ticket_number) do update set " + updates;
	}

	private static int bind(PreparedStatement statement, int first, Ticket ticket, ImportRunId run, Instant now)
			throws SQLException {
		int i = first;
		statement.setString(i++, ticket.source());
		statement.setString(i++, ticket.number());
		text(statement, i++, ticket.title());
		text(statement, i++, ticket.description());
		text(statement, i++, ticket.category());
		instant(statement, i++, ticket.openedAt());
		instant(statement, i++, ticket.resolvedAt());
		text(statement, i++, ticket.caller());
		text(statement, i++, ticket.assignmentGroup());
		text(statement, i++, ticket.location());
		text(statement, i++, ticket.businessUnit());
		if (ticket.reopenCount() == null) {
			statement.setNull(i++, Types.INTEGER);
		}
		else {
			statement.setInt(i++, ticket.reopenCount());
		}
		statement.setObject(i++, (run != null) ? run.value() : null);
		statement.setObject(i++, Timestamps.param(now));
		return i;
	}

	private static void text(PreparedStatement statement, int index, String value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, value);
		}
	}

	private static void instant(PreparedStatement statement, int index, Instant value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		}
		else {
			statement.setObject(index, Timestamps.param(value));
		}
	}

}
