package org.shopfront.tickets;

import java.util.Locale;

import org.shopfront.shared.paging.Cursor;
import org.shopfront.shared.paging.Keyset;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket list for IT staff, a page at a time.
 */
@Component
@Transactional(readOnly = true)
class TicketQueries {

	/** Newest first along ticket_opened_idx, read backwards. */
	private static final Keyset NEWEST = Keyset.descending("opened_at", "id").nullable();

	private final JdbcClient jdbc;

	TicketQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the list, newest first (tickets without an opening time first, as
	 * before); the search looks in number, title, text and caller, across all tickets.
	 */
	Page<TicketLine> page(String search, PageRequest page) {
		String query = (search == null) ? "" : search.strip();
		StringBuilder sql = new StringBuilder("select " + TicketTexts.LINE_COLUMNS + " from ticket where 1 = 1");
		if (!query.isEmpty()) {
			sql.append("""
					 and (ticket_number = :exact or lower(title) like :like or lower(description) like :like
					   or lower(caller) like :like)
					""");
		}
		sql.append(NEWEST.after(page)).append(" order by ").append(NEWEST.orderBy());
		sql.append(" fetch first ").append(page.rows()).append(" rows only");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString()).params(NEWEST.params(page));
		if (!query.isEmpty()) {
			statement = statement.param("exact", query)
				.param("like", "%" + escape(query.toLowerCase(Locale.ROOT)) + "%");
		}
		return Page.of(statement.query(TicketTexts::line).list(), page, t -> Cursor.of(t.openedAt(), t.id()));
	}

	private static String escape(String like) {
		return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
