package org.shopfront.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Adds a {@link ScoreTally} to the weekly rollups. Each row is created if missing (a
 * no-op when another node created it first) and then incremented in place, so rollups
 * written by several nodes at once add up.
 */
@Repository
class ScoreRollups {

	private final NamedParameterJdbcTemplate jdbc;

	ScoreRollups(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(ScoreTally tally) {
		if (tally.isEmpty()) {
			return;
		}
		List<SqlParameterSource> weeks = new ArrayList<>();
		List<Map.Entry<ScoreTally.Week, int[]>> sorted = new ArrayList<>(tally.weeks.entrySet());
		sorted.sort(Map.Entry.comparingByKey(ScoreTally.Week.ORDER));
		for (Map.Entry<ScoreTally.Week, int[]> e : sorted) {
			int[] c = e.getValue();
			weeks.add(week(e.getKey()).addValue("kept", c[0])
				.addValue("broken", c[1])
				.addValue("renegotiated", c[2])
				.addValue("cancelled", c[3])
				.addValue("warned", c[4])
				.addValue("answers", c[5])
				.addValue("satisfactionAnswers", c[6])
				.addValue("satisfactionSum", c[7])
				.addValue("keptAnswers", c[8])
				.addValue("saidKept", c[9]));
		}
		SqlParameterSource[] rows = weeks.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate("""
				insert into score_week (dimension, subject, week) values (:dimension, :subject, :week)
				on conflict do nothing
				""", rows);
		this.jdbc.batchUpdate("""
				update score_week set kept = kept + :kept, broken = broken + :broken,
				    renegotiated = renegotiated + :renegotiated, cancelled = cancelled + :cancelled,
				    warned = warned + :warned, answers = answers + :answers,
				    satisfaction_answers = satisfaction_answers + :satisfactionAnswers,
				    satisfaction_sum = satisfaction_sum + :satisfactionSum,
				    kept_answers = kept_answers + :keptAnswers, said_kept = said_kept + :saidKept
				where dimension = :dimension and subject = :subject and week = :week
				""", rows);
		if (tally.hours.isEmpty()) {
			return;
		}
		SqlParameterSource[] hours = tally.hours.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(ScoreTally.Hours.ORDER))
			.map((e) -> week(e.getKey().week()).addValue("measure", String.valueOf(e.getKey().measure()))
				.addValue("bucket", e.getKey().bucket())
				.addValue("promises", e.getValue()))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate("""
				insert into score_hours (dimension, subject, week, measure, bucket)
				values (:dimension, :subject, :week, :measure, :bucket) on conflict do nothing
				""", hours);
		this.jdbc.batchUpdate("""
				update score_hours set promises = promises + :promises
				where dimension = :dimension and subject = :subject and week = :week and measure = :measure
				  and bucket = :bucket
				""", hours);
	}

	private static MapSqlParameterSource week(ScoreTally.Week week) {
		return new MapSqlParameterSource().addValue("dimension", week.dimension().name())
			.addValue("subject", week.subject())
			.addValue("week", week.week());
	}

}
