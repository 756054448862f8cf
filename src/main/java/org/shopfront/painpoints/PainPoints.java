package org.shopfront.painpoints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pain points of each mining run and the place of each ticket in a run, with the
 * ticket's facts. A run's pain points are written once and never changed; tickets that
 * arrive later are added to the run's places, and a ticket an import changes keeps its
 * place with its new facts. Every change of places changes the board's rollups
 * ({@link PainPointRollups}) in the same transaction.
 */
@Repository
class PainPoints {

	private static final String PLACE = """
			insert into pain_point_ticket (run_id, ticket_id, pain_point_id, opened_at, resolved_at, reopen_count,
			                               business_unit, location)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PainPointRollups rollups;

	PainPoints(JdbcClient jdbc, JdbcTemplate template, PainPointRollups rollups) {
		this.jdbc = jdbc;
		this.template = template;
		this.rollups = rollups;
	}

	/** A pain point as a run stores it. */
	record Found(PainPointId id, int position, String label, List<String> terms, int size, List<Long> examples,
			PainPointCentroid centroid) {
	}

	/** A stored pain point's centroid, in the run's order. */
	record Placed(PainPointId id, PainPointCentroid centroid) {
	}

	/** A ticket in a pain point, or in none ({@code point} null). */
	record Placement(TicketFacts ticket, PainPointId point) {
	}

	void add(MiningRunId run, List<Found> painPoints) {
		for (Found p : painPoints) {
			this.jdbc.sql("""
					insert into pain_point (id, run_id, position, label, terms, mined_size, examples, centroid)
					values (:id, :run, :position, :label, :terms, :size, :examples, :centroid)
					""")
				.param("id", p.id().value())
				.param("run", run.value())
				.param("position", p.position())
				.param("label", abbreviate(p.label(), 500))
				.param("terms", abbreviate(String.join("\n", p.terms()), 2000))
				.param("size", p.size())
				.param("examples", p.examples().stream().map(String::valueOf).collect(Collectors.joining(",")))
				.param("centroid", p.centroid().encode())
				.update();
		}
	}

	/**
	 * Records the place of tickets that have none in the run yet, and adds them to the
	 * board's rollups; those in no pain point are skipped.
	 */
	void assign(MiningRunId run, List<Placement> placements) {
		PainPointTally tally = this.rollups.tally();
		insert(run, placements, tally);
		this.rollups.add(run, tally);
	}

	/**
	 * Places tickets anew: their earlier places in the run, if any, are replaced, and the
	 * rollups lose what the earlier places added.
	 */
	void replace(MiningRunId run, List<Placement> placements) {
		if (placements.isEmpty()) {
			return;
		}
		this.rollups.lock(run);
		PainPointTally tally = this.rollups.tally();
		this.jdbc.sql("""
				select ticket_id, pain_point_id, opened_at, resolved_at, reopen_count, business_unit, location
				from pain_point_ticket where run_id = :run and ticket_id in (:ids)
				""")
			.param("run", run.value())
			.param("ids", placements.stream().map((p) -> p.ticket().ticket()).toList())
			.query((rs, n) -> {
				tally.add(facts(rs), rs.getObject("pain_point_id", UUID.class), -1);
				return n;
			})
			.list();
		List<Object[]> tickets = placements.stream()
			.map((p) -> new Object[] { run.value(), p.ticket().ticket() })
			.toList();
		this.template.batchUpdate("delete from pain_point_ticket where run_id = ? and ticket_id = ?", tickets);
		insert(run, placements, tally);
		this.rollups.add(run, tally);
	}

	private void insert(MiningRunId run, List<Placement> placements, PainPointTally tally) {
		List<Object[]> rows = new ArrayList<>(placements.size());
		for (Placement placement : placements) {
			if (placement.point() != null) {
				TicketFacts t = placement.ticket();
				rows.add(new Object[] { run.value(), t.ticket(), placement.point().value(),
						Timestamps.param(t.openedAt()), Timestamps.param(t.resolvedAt()), t.reopenCount(),
						t.businessUnit(), t.location() });
				tally.add(t, placement.point().value(), 1);
			}
		}
		this.template.batchUpdate(PLACE, rows);
	}

	/** A place's stored facts. */
	static TicketFacts facts(ResultSet rs) throws SQLException {
		return new TicketFacts(rs.getLong("ticket_id"), Timestamps.read(rs, "opened_at"),
				Timestamps.read(rs, "resolved_at"), rs.getObject("reopen_count", Integer.class),
				rs.getString("business_unit"), rs.getString("location"));
	}

	/** The pain points the given tickets have in the run, for those that have one. */
	Map<Long, PainPointId> assigned(MiningRunId run, List<Long> tickets) {
		Map<Long, PainPointId> assigned = new HashMap<>();
		if (tickets.isEmpty()) {
			return assigned;
		}
		this.jdbc
			.sql("select ticket_id, pain_point_id from pain_point_ticket where run_id = :run and ticket_id in (:ids)")
			.param("run", run.value())
			.param("ids", tickets)
			.query((rs, n) -> assigned.put(rs.getLong("ticket_id"),
					new PainPointId(rs.getObject("pain_point_id", UUID.class))))
			.list();
		return assigned;
	}

	List<Placed> centroids(MiningRunId run) {
		return this.jdbc.sql("select id, centroid from pain_point where run_id = :run order by position")
			.param("run", run.value())
			.query((rs, n) -> new Placed(new PainPointId(rs.getObject("id", UUID.class)),
					PainPointCentroid.decode(rs.getString("centroid"))))
			.list();
	}

	/** The examples column as ticket ids. */
	static List<Long> examples(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map(Long::valueOf).toList();
	}

	/**
	 * Forgets which ticket belonged where in an older run; its pain points stay for
	 * history.
	 */
	void forgetAssignments(MiningRunId run) {
		this.rollups.forget(run);
		this.jdbc.sql("delete from pain_point_ticket where run_id = :run").param("run", run.value()).update();
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
