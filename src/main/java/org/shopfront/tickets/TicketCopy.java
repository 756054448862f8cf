package org.shopfront.tickets;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.shopfront.imports.ImportRunId;

/**
 * The PostgreSQL way of storing a batch of tickets: streamed with {@code COPY}, straight
 * into the table when none of its tickets is stored yet, otherwise into a temporary table
 * and upserted from there in one statement; both measured far faster than multi-row
 * {@code INSERT}s with thousands of bound parameters
 * (docs/decisions/0008-ticket-import.md).
 */
final class TicketCopy {

	private static final String UNIQUE_VIOLATION = "23505";

	private static final String STAGE = """
			create temporary table if not exists ticket_stage (
			    source varchar(60), ticket_number varchar(100), title varchar(1000), description varchar(1000000),
			    category varchar(200), opened_at timestamp with time zone, resolved_at timestamp with time zone,
			    caller varchar(200), assignment_group varchar(200), location varchar(200), business_unit varchar(200),
			    reopen_count int, import_run_id uuid, imported_at timestamp with time zone
			) on commit delete rows
			""";

	private final String fromStage;

	TicketCopy() {
		StringJoiner updates = new StringJoiner(", ");
		for (String column : Tickets.UPDATED) {
			updates.add(column + " = excluded." + column);
		}
		this.fromStage = "insert into ticket (" + Tickets.COLUMNS + ") select " + Tickets.COLUMNS
				+ " from ticket_stage on conflict (source, ticket_number) do update set " + updates;
	}

	/**
	 * Writes the tickets in the connection's transaction. The stage empties itself at
	 * each commit, so without a caller's transaction the copy and the upsert from the
	 * stage get one of their own.
	 */
	int write(Connection connection, List<Ticket> rows, ImportRunId run, Instant now) throws SQLException {
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
		if (noneStored(connection, rows)) {
			Savepoint savepoint = connection.setSavepoint();
			try {
				copyIn(connection, "copy ticket (" + Tickets.COLUMNS + ") from stdin", text);
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
		copyIn(connection, "copy ticket_stage (" + Tickets.COLUMNS + ") from stdin", text);
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(this.fromStage);
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

}
