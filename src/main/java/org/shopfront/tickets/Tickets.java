package org.shopfront.tickets;

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

import org.shopfront.imports.ImportRunId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores tickets, keyed by source and ticket number: a ticket read again replaces the
 * stored one. The upsert is the one thing H2 and PostgreSQL spell differently
 * ({@code MERGE … KEY} against {@code INSERT … ON CONFLICT}; the SQL-standard
 * {@code MERGE} needs PostgreSQL 15), so the dialect is asked once. On PostgreSQL a batch
 * is streamed with {@code COPY} ({@link TicketCopy}); on H2 it is one multi-row
 * {@code MERGE} per thousand tickets.
 */
@Repository
class Tickets {

	static final String COLUMNS = "source, ticket_number, title, description, category, opened_at, resolved_at, "
			+ "caller, assignment_group, location, business_unit, reopen_count, import_run_id, imported_at";

	static final String[] UPDATED = { "title", "description", "category", "opened_at", "resolved_at", "caller",
			"assignment_group", "location", "business_unit", "reopen_count", "import_run_id", "imported_at" };

	private static final int PARAMETERS = 14;

	private static final int MERGE_ROWS = 1000;

	private final JdbcTemplate jdbc;

	private final TicketCopy copy;

	private final Map<Integer, String> statements = new ConcurrentHashMap<>();

	Tickets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase()
			.contains("postgres"));
		this.copy = postgres ? new TicketCopy() : null;
	}

	/**
	 * Inserts or replaces the tickets, inside the caller's transaction. Of several
	 * tickets with the same key in one call the last one wins, as it would have row by
	 * row.
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
		if (this.copy != null) {
			return this.jdbc.execute((Connection connection) -> this.copy.write(connection, rows, run, now));
		}
		for (int from = 0; from < rows.size(); from += MERGE_ROWS) {
			merge(rows.subList(from, Math.min(rows.size(), from + MERGE_ROWS)), run, now);
		}
		return rows.size();
	}

	/**
	 * What an import left stored: the tickets that still carry its run (a later import of
	 * a ticket takes it over), and their lowest and highest id.
	 */
	TicketsImported imported(ImportRunId run, String source, Instant at) {
		return this.jdbc.queryForObject(
				"select count(*), coalesce(min(id), 0), coalesce(max(id), 0) from ticket where import_run_id = ?",
				(rs, n) -> new TicketsImported(run, source, rs.getLong(1), rs.getLong(2), rs.getLong(3), at),
				run.value());
	}

	private void merge(List<Ticket> rows, ImportRunId run, Instant now) {
		String sql = this.statements.computeIfAbsent(rows.size(), Tickets::mergeSql);
		this.jdbc.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				int i = 1;
				for (Ticket ticket : rows) {
					i = bind(statement, i, ticket, run, now);
				}
				return statement.executeUpdate();
			}
		});
	}

	private static String mergeSql(int rows) {
		StringJoiner values = new StringJoiner(", ");
		String row = "(" + "?, ".repeat(PARAMETERS - 1) + "?)";
		for (int i = 0; i < rows; i++) {
			values.add(row);
		}
		return "merge into ticket (" + COLUMNS + ") key (source, ticket_number) values " + values;
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
