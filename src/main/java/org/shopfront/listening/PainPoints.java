package org.shopfront.listening;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pain points of each mining run and the pain point of each ticket. A run's pain
 * points are written once and never changed; tickets that arrive later are added to the
 * run's assignments.
 */
@Repository
class PainPoints {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PainPoints(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A pain point as a run stores it. */
	record Found(PainPointId id, int position, String label, List<String> terms, int size, List<Long> examples,
			PainPointCentroid centroid) {
	}

	/** A stored pain point's centroid, in the run's order. */
	record Placed(PainPointId id, PainPointCentroid centroid) {
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
	 * Records the pain point of each ticket; {@code points[i]} is that of ticket
	 * {@code tickets[i]}.
	 */
	void assign(MiningRunId run, long[] tickets, PainPointId[] points, int from, int to) {
		List<Object[]> rows = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			if (points[i] != null) {
				rows.add(new Object[] { run.value(), tickets[i], points[i].value() });
			}
		}
		this.template.batchUpdate("insert into pain_point_ticket (run_id, ticket_id, pain_point_id) values (?, ?, ?)",
				rows);
	}

	List<Placed> centroids(MiningRunId run) {
		return this.jdbc.sql("select id, centroid from pain_point where run_id = :run order by position")
			.param("run", run.value())
			.query((rs, n) -> new Placed(new PainPointId(rs.getObject("id", UUID.class)),
					PainPointCentroid.decode(rs.getString("centroid"))))
			.list();
	}

	/**
	 * The lower-case words of every caller's name, so that no label names a caller (the
	 * public page shows labels).
	 */
	Set<String> callerWords() {
		Set<String> words = new HashSet<>();
		this.template.query("select distinct caller from ticket where caller is not null", (ResultSet rs) -> {
			for (String word : rs.getString(1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() > 1) {
					words.add(word);
				}
			}
		});
		return words;
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
		this.jdbc.sql("delete from pain_point_ticket where run_id = :run").param("run", run.value()).update();
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
