package org.shopfront.painpoints;

import java.util.List;

import org.shopfront.tickets.TicketLine;
import org.shopfront.tickets.TicketTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down from a pain point to its tickets, for IT staff only: which tickets, a
 * page at a time by the day they were opened, from the pain point's places; the tickets
 * themselves from {@link TicketTexts}.
 */
@Component
@Transactional(readOnly = true)
class PainPointTicketQueries {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final TicketTexts texts;

	private final Improvements improvements;

	PainPointTicketQueries(JdbcClient jdbc, TicketTexts texts, Improvements improvements) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.improvements = improvements;
	}

	PainPointDetail detail(PainPointId id, int page) {
		Header header = this.jdbc.sql("select label, terms, examples from pain_point where id = :id")
			.param("id", id.value())
			.query((rs, n) -> new Header(rs.getString("label"), List.of(rs.getString("terms").split("\n")),
					PainPoints.examples(rs.getString("examples"))))
			.optional()
			.orElseThrow(() -> PainPointNotFound.forId(id));
		long tickets = this.jdbc.sql("select count(*) from pain_point_ticket where pain_point_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single();
		int number = Math.max(0, page);
		List<Long> ids = this.jdbc.sql("""
				select ticket_id from pain_point_ticket where pain_point_id = :id
				order by opened_at desc, ticket_id desc limit %d offset %d
				""".formatted(PAGE_SIZE + 1, (long) number * PAGE_SIZE))
			.param("id", id.value())
			.query(Long.class)
			.list();
		boolean more = ids.size() > PAGE_SIZE;
		List<TicketLine> rows = this.texts.lines(more ? ids.subList(0, PAGE_SIZE) : ids);
		return new PainPointDetail(id, header.label(), header.terms(), tickets, this.texts.lines(header.examples()),
				rows, number, more, this.improvements.of(id));
	}

	private record Header(String label, List<String> terms, List<Long> examples) {
	}

}
