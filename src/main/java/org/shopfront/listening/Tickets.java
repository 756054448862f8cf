package org.shopfront.listening;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores tickets, keyed by source and ticket number: a ticket read again replaces the
 * stored one. The upsert is the one thing H2 and PostgreSQL spell differently
 * ({@code MERGE … KEY} against {@code INSERT … ON CONFLICT}; the SQL-standard
 * {@code MERGE} needs PostgreSQL 15), so the dialect is asked once. On PostgreSQL a batch
 * is streamed with {@code COPY}: straight into the table when none of its tickets is
 * stored yet, otherwise into a temporary table and upserted from there in one statement;
 * both measured far faster than multi-row {@code INSERT}s with thousands of bound
 * parameters (docs/decisions/0008-ticket-import.md). On H2 it is one multi-row
 * {@code MERGE} per thousand tickets.
 */
@Repository
class Tickets {

	private static final String COLUMNS = "source, ticket_number, title, description, category, opened_at, resolved_at, "
			+ "caller, assignment_group, location, business_unit, reopen_count, import_run_id, imported_at";

	private static final String[] UPDATED = { "title", "description", "category", "opened_at", "resolved_at", "caller",
			"assignment_group", "location", "business_unit", "reopen_count", "import_run_id", "imported_at" };

	private static final int PARAMETERS = 14;

	private static final int MERGE_ROWS = 1000;

	private static final String UNIQUE_VIOLATION = "23505";

	private static final String STAGE = """
			create temporary table if not exists ticket_stage (
			    source varchar(60), ticket_number varchar(100), title varchar(1000), description varchar(1000000),
			    category varchar(200), opened_at timestamp with time zone, resolved_at timestamp with time zone,
			    caller varchar(200), assignment_group varchar(200), location varchar(200), business_unit varchar(200),
			    reopen_count int, import_run_id uuid, imported_at timestamp with time zone
			) on commit delete rows
			""";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	private final Map<Integer, String> statements = new ConcurrentHashMap<>();

	private final String fromStage;

	Tickets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase()
			.contains("postgres"));
		this.fromStage = "insert into ticket (" + COLUMNS + ") select " + COLUMNS + " from ticket_stage"
				+ " on conflict (source, ticket_number) do update set " + updates();
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
		if (this.postgres) {
			return this.jdbc.execute((Connection connection) -> inTransaction(connection, rows, run, now));
		}
		for (int from = 0; from < rows.size(); from += MERGE_ROWS) {
			merge(rows.subList(from, Math.min(rows.size(), from + MERGE_ROWS)), run, now);
		}
		return rows.size();
	}

	/**
	 * The stage empties itself at each commit, so without a caller's transaction (demo
	 * data, fixtures) the copy and the upsert from the stage get one of their own.
	 */
	private int inTransaction(Connection connection, List<Ticket> rows, ImportRunId run, Instant now)
			throws SQLException {
		if (!connection.getAutoCommit()) {
			return copy(connection, rows, run, now);
		}
		connection.setAutoCommit(false);
		try {
			int written = copy(connection, rows, run, now);
			connection.commit();
			return written;
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/**
	 * A batch of tickets none of which is stored yet (every batch of a first import) is
	 * copied straight into the table; otherwise, or when another import stored one of
	 * them meanwhile, through the stage and one upsert.
	 */
	private int copy(Connection connection, List<Ticket> rows, ImportRunId run, Instant now) throws SQLException {
		byte[] text = copyText(rows, run, now);
		if (!connection.getAutoCommit() && noneStored(connection, rows)) {
			Savepoint savepoint = connection.setSavepoint();
			try {
				copyIn(connection, "copy ticket (" + COLUMNS + ") from stdin", text);
				connection.releaseSavepoint(savepoint);
				return rows.size();
			}
			catch (SQLException ex) {
				if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
					throw ex;
				}
				connection.rollback(savepoint);
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute(STAGE);
		}
		copyIn(connection, "copy ticket_stage (" + COLUMNS + ") from stdin", text);
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(this.fromStage);
			// The stage empties itself at commit; without a transaction it must be
			// emptied here.
			if (connection.getAutoCommit()) {
				statement.execute("truncate ticket_stage");
			}
		}
		return rows.size();
	}

	private static boolean noneStored(Connection connection, List<Ticket> rows) throws SQLException {
		String source = rows.get(0).source();
		if (rows.stream().anyMatch(ticket -> !ticket.source().equals(source))) {
			return false;
		}
		try (PreparedStatement statement = connection
			.prepareStatement("select 1 from ticket where source = ? and ticket_number = any (?) limit 1")) {
			statement.setString(1, source);
			statement.setArray(2,
					connection.createArrayOf("varchar", rows.stream().map(Ticket::number).toArray(String[]::new)));
			try (ResultSet result = statement.executeQuery()) {
				return !result.next();
			}
		}
	}

	private static void copyIn(Connection connection, String sql, byte[] text) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		try {
			copy.writeToCopy(text, 0, text.length);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static byte[] copyText(List<Ticket> rows, ImportRunId run, Instant now) {
		StringBuilder text = new StringBuilder(rows.size() * 512);
		String runId = (run != null) ? run.value().toString() : "\\N";
		String at = now.toString();
		for (Ticket ticket : rows) {
			field(text, ticket.source()).append('\t');
			field(text, ticket.number()).append('\t');
			field(text, ticket.title()).append('\t');
			field(text, ticket.description()).append('\t');
			field(text, ticket.category()).append('\t');
			field(text, (ticket.openedAt() != null) ? ticket.openedAt().toString() : null).append('\t');
			field(text, (ticket.resolvedAt() != null) ? ticket.resolvedAt().toString() : null).append('\t');
			field(text, ticket.caller()).append('\t');
			field(text, ticket.assignmentGroup()).append('\t');
			field(text, ticket.location()).append('\t');
			field(text, ticket.businessUnit()).append('\t');
			field(text, (ticket.reopenCount() != null) ? ticket.reopenCount().toString() : null).append('\t');
			text.append(runId).append('\t').append(at).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A value in PostgreSQL's COPY text format. */
	private static StringBuilder field(StringBuilder text, String value) {
		if (value == null) {
			return text.append("\\N");
		}
		if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\t') < 0) {
			return text.append(value);
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\t' -> text.append("\\t");
				default -> text.append(c);
			}
		}
		return text;
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

	private static String updates() {
		StringJoiner updates = new StringJoiner(", ");
		for (String column : UPDATED) {
			updates.add(column + " = excluded." + column);
		}
		return updates.toString();
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
