package org.shopfront.listening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The drill-down from a pain point to its tickets, for IT staff only. */
@Component
@Transactional(readOnly = true)
class PainPointTicketQueries {

	static final int PAGE_SIZE = 50;

	private static final int EXCERPT = 300;

	private static final String COLUMNS = """
			t.id, t.ticket_number, t.title, t.description, t.caller, t.business_unit, t.location,
			t.opened_at, t.resolved_at
			""";

	private final JdbcClient jdbc;

	private final Improvements improvements;

	PainPointTicketQueries(JdbcClient jdbc, Improvements improvements) {
		this.jdbc = jdbc;
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
		List<PainPointTicket> examples = header.examples().isEmpty() ? List.of()
				: this.jdbc.sql("select " + COLUMNS + " from ticket t where t.id in (:ids)")
					.param("ids", header.examples())
					.query(PainPointTicketQueries::ticket)
					.list()
					.stream()
					.sorted(Comparator.comparingInt((t) -> header.examples().indexOf(t.id())))
					.toList();
		int number = Math.max(0, page);
		List<PainPointTicket> rows = this.jdbc.sql("select " + COLUMNS + """
				from pain_point_ticket a join ticket t on t.id = a.ticket_id
				where a.pain_point_id = :id
				order by t.opened_at desc, t.id desc limit %d offset %d
				""".formatted(PAGE_SIZE + 1, (long) number * PAGE_SIZE))
			.param("id", id.value())
			.query(PainPointTicketQueries::ticket)
			.list();
		boolean more = rows.size() > PAGE_SIZE;
		return new PainPointDetail(id, header.label(), header.terms(), tickets, examples,
				more ? rows.subList(0, PAGE_SIZE) : rows, number, more, this.improvements.of(id));
	}

	private static PainPointTicket ticket(ResultSet rs, int row) throws SQLException {
		String description = rs.getString("description");
		String excerpt = (description == null) ? ""
				: (description.length() <= EXCERPT) ? description : description.substring(0, EXCERPT - 1) + "\u2026";
		return new PainPointTicket(rs.getLong("id"), rs.getString("ticket_number"), rs.getString("title"), excerpt,
				rs.getString("caller"), rs.getString("business_unit"), rs.getString("location"),
				Timestamps.read(rs, "opened_at"), Timestamps.read(rs, "resolved_at"));
	}

	private record Header(String label, List<String> terms, List<Long> examples) {
	}

}
