package org.shopfront.tickets;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportRun;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules read stored tickets (the pain-point board reads them only here): all
 * of them streamed from a database cursor, never all in memory; those an import added or
 * changed; a few as a list shows them; and the callers' names.
 */
@Service
@Transactional(readOnly = true)
public class TicketTexts {

	static final String LINE_COLUMNS = """
			id, source, ticket_number, title, substring(description from 1 for 301) as excerpt, category, caller,
			assignment_group, business_unit, location, opened_at, resolved_at""";

	private static final String TICKET_COLUMNS = """
			id, source, ticket_number, title, description, category, opened_at, resolved_at, reopen_count,
			business_unit, location, assignment_group""";

	private static final int FETCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	private final ImportLog log;

	private final Tickets tickets;

	TicketTexts(JdbcTemplate jdbc, ImportLog log, Tickets tickets) {
		this.jdbc = jdbc;
		this.log = log;
		this.tickets = tickets;
	}

	/** How many tickets are stored. */
	public long count() {
		Long count = this.jdbc.queryForObject("select count(*) from ticket", Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Hands every ticket with an id above {@code afterId} to the consumer, in id order, a
	 * thousand rows at a time from a cursor (the transaction keeps PostgreSQL's cursor
	 * open). Pass 0 for all tickets; pass the last id seen to get only new ones.
	 */
	public void forEach(long afterId, Consumer<ImportedTicket> consumer) {
		this.jdbc.query(connection -> {
			PreparedStatement statement = connection
				.prepareStatement("select " + TICKET_COLUMNS + " from ticket where id > ? order by id");
			statement.setFetchSize(FETCH_SIZE);
			statement.setLong(1, afterId);
			return statement;
		}, (ResultSet rs) -> consumer.accept(ticket(rs)));
	}

	/**
	 * The next {@code limit} tickets the import added or changed (and no later import
	 * took over), with ids above {@code afterId}, in id order. Page through them by
	 * passing the last id of each page.
	 */
	public List<ImportedTicket> imported(TicketsImported imported, long afterId, int limit) {
		return this.jdbc.query("select " + TICKET_COLUMNS + """
				 from ticket where import_run_id = ? and id > ? order by id limit ?
				""", (rs, n) -> ticket(rs), imported.run().value(), afterId, limit);
	}

	/**
	 * The imports and pushes that finished at or after the given time and left tickets
	 * stored, oldest first, as their announcements said.
	 */
	public List<TicketsImported> importedSince(Instant since) {
		List<TicketsImported> imports = new ArrayList<>();
		for (ImportRun run : this.log.finishedSince(TicketImport.NAME, since)) {
			TicketsImported imported = this.tickets.imported(run.id(), run.source(), run.finishedAt());
			if (imported.tickets() > 0) {
				imports.add(imported);
			}
		}
		return imports;
	}

	/** The tickets with the given ids as a list shows them, in the order of the ids. */
	public List<TicketLine> lines(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<TicketLine> lines = new ArrayList<>(new NamedParameterJdbcTemplate(this.jdbc).query(
				"select " + LINE_COLUMNS + " from ticket where id in (:ids)", Map.of("ids", ids), TicketTexts::line));
		lines.sort(Comparator.comparingInt((line) -> ids.indexOf(line.id())));
		return lines;
	}

	/**
	 * Every caller's name, each once, for keeping names out of what the business reads.
	 */
	public void callers(Consumer<String> consumer) {
		this.jdbc.query("select distinct caller from ticket where caller is not null",
				(ResultSet rs) -> consumer.accept(rs.getString(1)));
	}

	static TicketLine line(ResultSet rs, int row) throws SQLException {
		return new TicketLine(rs.getLong("id"), rs.getString("source"), rs.getString("ticket_number"),
				rs.getString("title"), TicketLine.excerpt(rs.getString("excerpt")), rs.getString("category"),
				rs.getString("caller"), rs.getString("assignment_group"), rs.getString("business_unit"),
				rs.getString("location"), Timestamps.read(rs, "opened_at"), Timestamps.read(rs, "resolved_at"));
	}

	private static ImportedTicket ticket(ResultSet rs) throws SQLException {
		return new ImportedTicket(rs.getLong("id"), rs.getString("source"), rs.getString("ticket_number"),
				rs.getString("title"), rs.getString("description"), rs.getString("category"),
				Timestamps.read(rs, "opened_at"), Timestamps.read(rs, "resolved_at"),
				rs.getObject("reopen_count", Integer.class), rs.getString("business_unit"), rs.getString("location"),
				rs.getString("assignment_group"));
	}

}
