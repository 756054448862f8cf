package org.shopfront.scoreboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.feedback.SurveyAnswers.Answer;
import org.shopfront.promises.PromiseId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scoreboard's row per promise: what the rollups were made of, and what a figure
 * drills down to. A promise is stored once; storing it again changes nothing, which is
 * what makes counting it idempotent.
 */
@Repository
class ScoredPromises {

	/** Where a scored promise was counted: its subjects and its week. */
	record Counted(Map<ScoreDimension, UUID> subjects, LocalDate week) {
	}

	/** Each dimension's subject goes into its column (unit_id, …), bound by that name. */
	private static final String INSERT = """
			insert into scored_promise (promise_id, order_id, initiative_id, what, %s, due_at, warned_at, closed_at, week,
			    outcome, late_hours, warning_hours)
			values (:promise, :order, :initiative, :what, %s, :due, :warned, :closed, :week, :outcome, :late, :warning)
			on conflict do nothing
			"""
		.formatted(String.join(", ", columns("")), String.join(", ", columns(":")));

	private final NamedParameterJdbcTemplate batch;

	private final JdbcClient jdbc;

	ScoredPromises(NamedParameterJdbcTemplate batch, JdbcClient jdbc) {
		this.batch = batch;
		this.jdbc = jdbc;
	}

	/**
	 * Stores those not stored yet; {@code result[i]} is 1 when {@code scored[i]} was new.
	 */
	int[] insertNew(List<Scored> scored) {
		SqlParameterSource[] rows = scored.stream().map(ScoredPromises::row).toArray(SqlParameterSource[]::new);
		return this.batch.batchUpdate(INSERT, rows);
	}

	boolean exists(PromiseId promise) {
		return this.jdbc.sql("select count(*) from scored_promise where promise_id = :id")
			.param("id", promise.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records the customer's answer unless one was recorded already; returns where the
	 * promise was counted when the answer is new.
	 */
	Optional<Counted> answer(PromiseId promise, Answer answer) {
		int updated = this.jdbc.sql("""
				update scored_promise set answered = true, said_kept = :kept, satisfaction = :satisfaction
				where promise_id = :id and answered = false
				""")
			.param("kept", answer.kept())
			.param("satisfaction", answer.satisfaction())
			.param("id", promise.value())
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select " + String.join(", ", columns("")) + ", week from scored_promise where promise_id = :id")
			.param("id", promise.value())
			.query(ScoredPromises::counted)
			.optional();
	}

	/** Marks stored promises as answered, in one batch. */
	void answered(Map<PromiseId, Answer> answers) {
		SqlParameterSource[] rows = answers.entrySet()
			.stream()
			.map((e) -> new MapSqlParameterSource("id", e.getKey().value()).addValue("kept", e.getValue().kept())
				.addValue("satisfaction", e.getValue().satisfaction()))
			.toArray(SqlParameterSource[]::new);
		this.batch.batchUpdate("""
				update scored_promise set answered = true, said_kept = :kept, satisfaction = :satisfaction
				where promise_id = :id
				""", rows);
	}

	/**
	 * A page of the promises behind a figure, newest outcome first.
	 * @param subject null for the company
	 * @param outcomes the outcomes to list, or empty for all
	 */
	List<ScoredPromiseView> page(ScoreDimension dimension, UUID subject, LocalDate from, LocalDate to,
			List<String> outcomes, int offset, int limit) {
		StringBuilder sql = new StringBuilder(
				"""
						select promise_id, order_id, initiative_id, what, due_at, warned_at, closed_at, week, outcome, late_hours,
						       warning_hours, said_kept, satisfaction
						from scored_promise where week >= :from and week < :to
						""");
		MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("to", to);
		if (dimension.column() != null) {
			sql.append(" and ").append(dimension.column()).append(" = :subject");
			params.addValue("subject", subject);
		}
		if (!outcomes.isEmpty()) {
			sql.append(" and outcome in (:outcomes)");
			params.addValue("outcomes", outcomes);
		}
		sql.append(" order by closed_at desc, promise_id desc offset ")
			.append(Math.max(0, offset))
			.append(" rows fetch next ")
			.append(Math.max(1, limit))
			.append(" rows only");
		return this.batch.query(sql.toString(), params, ScoredPromises::view);
	}

	private static SqlParameterSource row(Scored s) {
		MapSqlParameterSource row = new MapSqlParameterSource("promise", s.promiseId().value())
			.addValue("order", (s.orderId() != null) ? s.orderId().value() : null)
			.addValue("initiative", s.initiativeId())
			.addValue("what", s.what())
			.addValue("due", Timestamps.param(s.due()))
			.addValue("warned", Timestamps.param(s.warnedAt()))
			.addValue("closed", Timestamps.param(s.closedAt()))
			.addValue("week", s.week())
			.addValue("outcome", s.outcome().name())
			.addValue("late", s.lateHours())
			.addValue("warning", s.warningHours());
		for (ScoreDimension dimension : ScoreDimension.WITH_COLUMNS) {
			row.addValue(dimension.column(), s.subjects().get(dimension));
		}
		return row;
	}

	private static Counted counted(ResultSet rs, int n) throws SQLException {
		Map<ScoreDimension, UUID> subjects = ScoreDimension.subjects();
		for (ScoreDimension dimension : ScoreDimension.WITH_COLUMNS) {
			UUID subject = rs.getObject(dimension.column(), UUID.class);
			if (subject != null) {
				subjects.put(dimension, subject);
			}
		}
		return new Counted(subjects, rs.getObject("week", LocalDate.class));
	}

	/** The dimensions' columns, each with the prefix. */
	private static List<String> columns(String prefix) {
		return ScoreDimension.WITH_COLUMNS.stream().map((d) -> prefix + d.column()).toList();
	}

	private static ScoredPromiseView view(ResultSet rs, int n) throws SQLException {
		Object kept = rs.getObject("said_kept");
		Object satisfaction = rs.getObject("satisfaction");
		return new ScoredPromiseView(rs.getObject("promise_id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getObject("initiative_id", UUID.class), rs.getString("what"), Timestamps.read(rs, "due_at"),
				Timestamps.read(rs, "warned_at"), Timestamps.read(rs, "closed_at"), rs.getString("outcome"),
				(Double) rs.getObject("late_hours"), (Double) rs.getObject("warning_hours"), (Boolean) kept,
				(satisfaction != null) ? ((Number) satisfaction).intValue() : null);
	}

}
