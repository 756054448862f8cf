package org.shopfront.listening;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stored tickets: a page of the ticket list for IT staff, and every ticket's text,
 * streamed, for the pain-point miner.
 */
@Component
@Transactional(readOnly = true)
class TicketQueries {

	static final int PAGE_SIZE = 50;

	private static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	TicketQueries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * One page of the list, newest first; the search looks in number, title, text and
	 * caller.
	 */
	TicketPage page(String search, int page) {
		int number = Math.max(page, 0);
		String query = (search == null) ? "" : search.strip();
		StringBuilder sql = new StringBuilder("""
				select id, source, ticket_number, title, category, caller, assignment_group, opened_at, resolved_at
				from ticket
				""");
		if (!query.isEmpty()) {
			sql.append("""
					where ticket_number = :exact or lower(title) like :like or lower(description) like :like
					   or lower(caller) like :like
					""");
		}
		sql.append(" order by opened_at desc, id desc limit ")
			.append(PAGE_SIZE + 1)
			.append(" offset ")
			.append((long) number * PAGE_SIZE);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString());
		if (!query.isEmpty()) {
			statement = statement.param("exact", query)
				.param("like", "%" + escape(query.toLowerCase(Locale.ROOT)) + "%");
		}
		List<TicketSummary> rows = statement.query(TicketQueries::summary).list();
		boolean more = rows.size() > PAGE_SIZE;
		return new TicketPage(more ? rows.subList(0, PAGE_SIZE) : rows, query, number, more);
	}

	long count() {
		return this.jdbc.sql("select count(*) from ticket").query(Long.class).single();
	}

	/**
	 * Hands every ticket with an id above {@code afterId} to the consumer, in id order,
	 * without holding them all: the rows come from a database cursor a thousand at a
	 * time. Pass 0 for all tickets.
	 */
	void forEachText(long afterId, Consumer<TicketText> consumer) {
		this.template.query(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					select id, source, ticket_number, title, description, category, opened_at, resolved_at,
					       reopen_count, business_unit, location, assignment_group
					from ticket where id > ? order by id
					""");
			statement.setFetchSize(FETCH_SIZE);
			statement.setLong(1, afterId);
			return statement;
		}, (ResultSet rs) -> consumer.accept(text(rs)));
	}

	private static String escape(String like) {
		return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static TicketSummary summary(ResultSet rs, int row) throws SQLException {
		return new TicketSummary(rs.getLong("id"), rs.getString("source"), rs.getString("ticket_number"),
				rs.getString("title"), rs.getString("category"), rs.getString("caller"),
				rs.getString("assignment_group"), Timestamps.read(rs, "opened_at"), Timestamps.read(rs, "resolved_at"));
	}

	private static TicketText text(ResultSet rs) throws SQLException {
		return new TicketText(rs.getLong("id"), rs.getString("source"), rs.getString("ticket_number"),
				rs.getString("title"), rs.getString("description"), rs.getString("category"),
				Timestamps.read(rs, "opened_at"), Timestamps.read(rs, "resolved_at"),
				rs.getObject("reopen_count", Integer.class), rs.getString("business_unit"), rs.getString("location"),
				rs.getString("assignment_group"));
	}

}
