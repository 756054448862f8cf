package org.shopfront.tickets;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket list for IT staff, a page at a time.
 */
@Component
@Transactional(readOnly = true)
class TicketQueries {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	TicketQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the list, newest first; the search looks in number, title, text and
	 * caller.
	 */
	TicketPage page(String search, int page) {
		int number = Math.max(page, 0);
		String query = (search == null) ? "" : search.strip();
		StringBuilder sql = new StringBuilder("select " + TicketTexts.LINE_COLUMNS + " from ticket");
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
		List<TicketLine> rows = statement.query(TicketTexts::line).list();
		boolean more = rows.size() > PAGE_SIZE;
		return new TicketPage(more ? rows.subList(0, PAGE_SIZE) : rows, query, number, more);
	}

	private static String escape(String like) {
		return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
