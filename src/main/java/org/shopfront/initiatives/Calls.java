package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the retailer calls made to sponsors. A call is made once per promise (a second
 * insert for the same promise does nothing), and answered once: the answer is a
 * conditional update of the calls still open.
 */
@Repository
class Calls {

	private final JdbcClient jdbc;

	Calls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Call c) {
		this.jdbc.sql("""
				insert into initiative_call (id, initiative_id, promise_id, made_at)
				values (:id, :initiative, :promise, :at)
				on conflict do nothing
				""")
			.param("id", c.id())
			.param("initiative", c.initiativeId().value())
			.param("promise", c.promiseId().value())
			.param("at", Timestamps.param(c.madeAt()))
			.update();
	}

	/**
	 * Records the answer on every call of the initiative still open; returns how many it
	 * answered (zero: someone answered first).
	 */
	int answer(InitiativeId initiative, Call answer) {
		return this.jdbc
			.sql("""
					update initiative_call set answer = :answer, answered_at = :at, answered_by = :by, what_goes = :whatGoes,
					    scope_cut = :cut, new_due_on = :newDue, extra_amount = :extra, answer_note = :note
					where initiative_id = :initiative and answered_at is null
					""")
			.param("initiative", initiative.value())
			.param("answer", answer.answer().name())
			.param("at", Timestamps.param(answer.answeredAt()))
			.param("by", answer.answeredBy().value())
			.param("whatGoes", answer.whatGoes())
			.param("cut", answer.scopeCut())
			.param("newDue", answer.newDueOn())
			.param("extra", answer.extraAmount())
			.param("note", answer.note())
			.update();
	}

	/** The initiative's calls, newest first. */
	List<Call> of(InitiativeId initiative) {
		return this.jdbc.sql("select * from initiative_call where initiative_id = :id order by made_at desc")
			.param("id", initiative.value())
			.query(Calls::map)
			.list();
	}

	private static Call map(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer");
		UUID by = rs.getObject("answered_by", UUID.class);
		BigDecimal cut = rs.getBigDecimal("scope_cut");
		return new Call(rs.getObject("id", UUID.class), new InitiativeId(rs.getObject("initiative_id", UUID.class)),
				new InitiativePromiseId(rs.getObject("promise_id", UUID.class)), Timestamps.read(rs, "made_at"),
				(answer != null) ? CallAnswer.valueOf(answer) : null, Timestamps.read(rs, "answered_at"),
				(by != null) ? new UserId(by) : null, rs.getString("what_goes"), cut,
				rs.getObject("new_due_on", LocalDate.class), rs.getBigDecimal("extra_amount"),
				rs.getString("answer_note"));
	}

}
