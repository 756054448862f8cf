package org.shopfront.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores trust pulse rounds and their questions. A round's number is unique, so when two
 * nodes start the same round one of them fails and asks nobody; a question is answered by
 * one conditional update, so it is answered once.
 */
@Repository
class Pulses {

	/** A round of the pulse. */
	record Round(UUID id, int number, Instant askedAt) {
	}

	private final JdbcClient jdbc;

	Pulses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Round> latestRound() {
		return this.jdbc.sql("select id, number, asked_at from pulse_round order by number desc limit 1")
			.query((rs, n) -> new Round(rs.getObject("id", UUID.class), rs.getInt("number"),
					Timestamps.read(rs, "asked_at")))
			.optional();
	}

	void insertRound(Round round) {
		this.jdbc.sql("insert into pulse_round (id, number, asked_at) values (:id, :number, :at)")
			.param("id", round.id())
			.param("number", round.number())
			.param("at", Timestamps.param(round.askedAt()))
			.update();
	}

	void insertQuestion(PulseQuestion question) {
		this.jdbc.sql("""
				insert into pulse_answer (id, round_id, unit_id, head_id, asked_at)
				values (:id, :round, :unit, :head, :at)
				""")
			.param("id", question.id())
			.param("round", question.roundId())
			.param("unit", question.unitId().value())
			.param("head", question.headId().value())
			.param("at", Timestamps.param(question.askedAt()))
			.update();
	}

	Optional<PulseQuestion> find(UUID id) {
		return this.jdbc.sql("""
				select id, round_id, unit_id, head_id, asked_at, answered_at, score, comment
				from pulse_answer where id = :id
				""").param("id", id).query(Pulses::map).optional();
	}

	List<PulseQuestion> ofRound(UUID round) {
		return this.jdbc.sql("""
				select id, round_id, unit_id, head_id, asked_at, answered_at, score, comment
				from pulse_answer where round_id = :round
				""").param("round", round).query(Pulses::map).list();
	}

	/** Records the answer unless the question was answered before; false then. */
	boolean answer(UUID id, int score, String comment, Instant at) {
		return this.jdbc.sql("""
				update pulse_answer set answered_at = :at, score = :score, comment = :comment
				where id = :id and answered_at is null
				""")
			.param("id", id)
			.param("at", Timestamps.param(at))
			.param("score", score)
			.param("comment", comment)
			.update() == 1;
	}

	private static PulseQuestion map(ResultSet rs, int row) throws SQLException {
		Object score = rs.getObject("score");
		return new PulseQuestion(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class),
				new UnitId(rs.getObject("unit_id", UUID.class)), new UserId(rs.getObject("head_id", UUID.class)),
				Timestamps.read(rs, "asked_at"), Timestamps.read(rs, "answered_at"),
				(score == null) ? null : rs.getInt("score"), rs.getString("comment"));
	}

}
