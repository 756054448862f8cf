package org.shopfront.painpoints;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shopfront.shared.HoursHistogram;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Adds a {@link PainPointTally} to the board's rollups, in the caller's transaction (the
 * one that places the tickets). The run's row is locked first, so writers of one run take
 * turns: their increments and histograms add up, and a {@link PainPointRollupBackfill
 * rebuild} sees no place change under it.
 */
@Repository
class PainPointRollups {

	private final NamedParameterJdbcTemplate jdbc;

	private final ZoneId zone;

	PainPointRollups(NamedParameterJdbcTemplate jdbc, @Value("${shopfront.time-zone:}") String zone) {
		this.jdbc = jdbc;
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
	}

	PainPointTally tally() {
		return new PainPointTally(this.zone);
	}

	/**
	 * Takes the run's lock, so that no one else writes its rollups until the commit, and
	 * moves the run's board version on, so that a board kept from before the commit is
	 * not shown after it ({@link PainPointBoardPages}).
	 */
	void lock(MiningRunId run) {
		this.jdbc.update("update mining_run set board_version = board_version + 1 where id = :run",
				Map.of("run", run.value()));
	}

	void add(MiningRunId run, PainPointTally tally) {
		if (tally.isEmpty()) {
			return;
		}
		lock(run);
		UUID runId = run.value();
		this.jdbc.batchUpdate("""
				insert into pain_point_figures (pain_point_id, run_id) values (:point, :run) on conflict do nothing
				""",
				tally.points.keySet()
					.stream()
					.map((p) -> new MapSqlParameterSource("point", p).addValue("run", runId))
					.toArray(SqlParameterSource[]::new));
		Map<UUID, String> stored = new HashMap<>();
		this.jdbc.query("select pain_point_id, resolve_hours from pain_point_figures where pain_point_id in (:points)",
				Map.of("points", List.copyOf(tally.points.keySet())), (RowCallbackHandler) (rs) -> stored
					.put(rs.getObject("pain_point_id", UUID.class), rs.getString("resolve_hours")));
		this.jdbc.batchUpdate("""
				update pain_point_figures set tickets = tickets + :tickets, reopened = reopened + :reopened,
				       told_reopens = told_reopens + :told, resolve_hours = :hours
				where pain_point_id = :point
				""", tally.points.entrySet()
			.stream()
			.map((e) -> new MapSqlParameterSource("point", e.getKey()).addValue("tickets", e.getValue().tickets)
				.addValue("reopened", e.getValue().reopened)
				.addValue("told", e.getValue().told)
				.addValue("hours",
						new HoursHistogram().addEncoded(stored.get(e.getKey())).plus(e.getValue().hours).encode()))
			.toArray(SqlParameterSource[]::new));
		SqlParameterSource[] weeks = tally.weeks.entrySet()
			.stream()
			.map((e) -> new MapSqlParameterSource("point", e.getKey().point()).addValue("week", e.getKey().week())
				.addValue("run", runId)
				.addValue("tickets", e.getValue()))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate("""
				insert into pain_point_week (pain_point_id, week, run_id) values (:point, :week, :run)
				on conflict do nothing
				""", weeks);
		this.jdbc.batchUpdate(
				"update pain_point_week set tickets = tickets + :tickets where pain_point_id = :point and week = :week",
				weeks);
		SqlParameterSource[] places = tally.places.entrySet()
			.stream()
			.map((e) -> new MapSqlParameterSource("point", e.getKey().point()).addValue("kind", e.getKey().kind())
				.addValue("place", e.getKey().place())
				.addValue("run", runId)
				.addValue("tickets", e.getValue()))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate("""
				insert into pain_point_place (pain_point_id, kind, place, run_id) values (:point, :kind, :place, :run)
				on conflict do nothing
				""", places);
		this.jdbc.batchUpdate("""
				update pain_point_place set tickets = tickets + :tickets
				where pain_point_id = :point and kind = :kind and place = :place
				""", places);
	}

	/** Forgets the run's rollups, with its places. */
	void forget(MiningRunId run) {
		Map<String, UUID> key = Map.of("run", run.value());
		this.jdbc.update("delete from pain_point_figures where run_id = :run", key);
		this.jdbc.update("delete from pain_point_week where run_id = :run", key);
		this.jdbc.update("delete from pain_point_place where run_id = :run", key);
	}

}
