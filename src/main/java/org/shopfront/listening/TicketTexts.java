package org.shopfront.listening;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listening post's API for reading stored tickets in bulk, as the pain-point miner
 * does: every ticket streamed from a database cursor, never all in memory.
 */
@Service
@Transactional(readOnly = true)
public class TicketTexts {

	private static final int FETCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	TicketTexts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
			PreparedStatement statement = connection.prepareStatement("""
					select id, source, ticket_number, title, description, category, opened_at, resolved_at,
					       reopen_count, business_unit, location, assignment_group
					from ticket where id > ? order by id
					""");
			statement.setFetchSize(FETCH_SIZE);
			statement.setLong(1, afterId);
			return statement;
		}, (ResultSet rs) -> consumer.accept(ticket(rs)));
	}

	private static ImportedTicket ticket(ResultSet rs) throws SQLException {
		return new ImportedTicket(rs.getLong("id"), rs.getString("source"), rs.getString("ticket_number"),
				rs.getString("title"), rs.getString("description"), rs.getString("category"),
				Timestamps.read(rs, "opened_at"), Timestamps.read(rs, "resolved_at"),
				rs.getObject("reopen_count", Integer.class), rs.getString("business_unit"), rs.getString("location"),
				rs.getString("assignment_group"));
	}

}
