package org.shopfront.scoreboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shopfront.shared.HoursHistogram;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Adds a {@link ScoreTally} to the weekly rollups. Each row is created if missing (a
 * no-op when another node created it first); counts are then incremented in place, and a
 * row whose hour histograms change is read under a row lock and written back, so rollups
 * written by several nodes at once add up. Rows are written in a fixed order, so that two
 * nodes never deadlock.
 */
@Repository
class ScoreRollups {

	private static final String INCREMENT = """
			kept = kept + :kept, broken = broken + :broken, renegotiated = renegotiated + :renegotiated,
			cancelled = cancelled + :cancelled, warned = warned + :warned, answers = answers + :answers,
			satisfaction_answers = satisfaction_answers + :satisfactionAnswers,
			satisfaction_sum = satisfaction_sum + :satisfactionSum,
			kept_answers = kept_answers + :keptAnswers, said_kept = said_kept + :saidKept
			""";

	private static final String KEY = " where dimension = :dimension and subject = :subject and week = :week";

	private final NamedParameterJdbcTemplate jdbc;

	ScoreRollups(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(ScoreTally tally) {
		if (tally.isEmpty()) {
			return;
		}
		List<Map.Entry<ScoreTally.Week, ScoreTally.Added>> sorted = new ArrayList<>(tally.weeks.entrySet());
		sorted.sort(Map.Entry.comparingByKey(ScoreTally.Week.ORDER));
		this.jdbc.batchUpdate("""
				insert into score_week (dimension, subject, week) values (:dimension, :subject, :week)
				on conflict do nothing
				""", sorted.stream().map((e) -> key(e.getKey())).toArray(SqlParameterSource[]::new));
		List<SqlParameterSource> counts = new ArrayList<>();
		for (Map.Entry<ScoreTally.Week, ScoreTally.Added> e : sorted) {
			MapSqlParameterSource row = counts(e.getKey(), e.getValue());
			if (!e.getValue().hasHours()) {
				counts.add(row);
				continue;
			}
			flush(counts);
			Map<String, Object> stored = this.jdbc
				.queryForMap("select late_hours, warning_hours from score_week" + KEY + " for update", row);
			row.addValue("late",
					new HoursHistogram().addEncoded((String) stored.get("late_hours"))
						.plus(e.getValue().late)
						.encode());
			row.addValue("warning",
					new HoursHistogram().addEncoded((String) stored.get("warning_hours"))
						.plus(e.getValue().warning)
						.encode());
			this.jdbc.update(
					"update score_week set " + INCREMENT + ", late_hours = :late, warning_hours = :warning" + KEY, row);
		}
		flush(counts);
	}

	private void flush(List<SqlParameterSource> counts) {
		if (!counts.isEmpty()) {
			this.jdbc.batchUpdate("update score_week set " + INCREMENT + KEY,
					counts.toArray(SqlParameterSource[]::new));
			counts.clear();
		}
	}

	private static MapSqlParameterSource counts(ScoreTally.Week week, ScoreTally.Added added) {
		int[] c = added.counts;
		return key(week).addValue("kept", c[0])
			.addValue("broken", c[1])
			.addValue("renegotiated", c[2])
			.addValue("cancelled", c[3])
			.addValue("warned", c[4])
			.addValue("answers", c[5])
			.addValue("satisfactionAnswers", c[6])
			.addValue("satisfactionSum", c[7])
			.addValue("keptAnswers", c[8])
			.addValue("saidKept", c[9]);
	}

	private static MapSqlParameterSource key(ScoreTally.Week week) {
		return new MapSqlParameterSource().addValue("dimension", week.dimension().name())
			.addValue("subject", week.subject())
			.addValue("week", week.week());
	}

}
