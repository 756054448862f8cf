package org.shopfront.painpoints;

import java.time.Instant;
import java.util.List;

import org.shopfront.shared.Timestamps;
import org.shopfront.shared.paging.Cursor;
import org.shopfront.shared.paging.Keyset;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.tickets.TicketLine;
import org.shopfront.tickets.TicketTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down from a pain point to its tickets, for IT staff only: which tickets, a
 * keyset page at a time newest first (decision 0030), from the pain point's places; the
 * tickets themselves from {@link TicketTexts}; how many from the board's rollups.
 */
@Component
@Transactional(readOnly = true)
class PainPointTicketQueries {

	private static final Keyset NEWEST = Keyset.descending("opened_at", "ticket_id").nullable();

	private final JdbcClient jdbc;

	private final TicketTexts texts;

	private final Improvements improvements;

	PainPointTicketQueries(JdbcClient jdbc, TicketTexts texts, Improvements improvements) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.improvements = improvements;
	}

	/** The pain point with the first page of its tickets. */
	PainPointDetail detail(PainPointId id, PageRequest page) {
		Header header = this.jdbc.sql("select label, terms, examples from pain_point where id = :id")
			.param("id", id.value())
			.query((rs, n) -> new Header(rs.getString("label"), List.of(rs.getString("terms").split("\n")),
					PainPoints.examples(rs.getString("examples"))))
			.optional()
			.orElseThrow(() -> PainPointNotFound.forId(id));
		long tickets = this.jdbc.sql("select tickets from pain_point_figures where pain_point_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.optional()
			.orElse(0L);
		return new PainPointDetail(id, header.label(), header.terms(), tickets, this.texts.lines(header.examples()),
				tickets(id, page), this.improvements.of(id));
	}

	/**
	 * A page of the pain point's tickets, newest first (those without an opening time
	 * first), along the places' index of opening times.
	 */
	Page<TicketLine> tickets(PainPointId id, PageRequest page) {
		List<Place> places = this.jdbc.sql("""
				select ticket_id, opened_at from pain_point_ticket where pain_point_id = :id%s
				order by %s fetch first %d rows only
				""".formatted(NEWEST.after(page), NEWEST.orderBy(), page.rows()))
			.param("id", id.value())
			.params(NEWEST.params(page))
			.query((rs, n) -> new Place(rs.getLong("ticket_id"), Timestamps.read(rs, "opened_at")))
			.list();
		Page<Place> read = Page.of(places, page, (p) -> Cursor.of(p.openedAt(), p.ticket()));
		return new Page<>(this.texts.lines(read.items().stream().map(Place::ticket).toList()), read.next());
	}

	private record Place(long ticket, Instant openedAt) {
	}

	private record Header(String label, List<String> terms, List<Long> examples) {
	}

}
