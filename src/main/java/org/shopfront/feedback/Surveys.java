package org.shopfront.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;
import org.shopfront.promises.PromiseId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores delivery surveys; answering is one conditional update, so it happens once. */
@Repository
class Surveys {

	private static final String SELECT = """
			select id, promise_id, order_id, customer_id, what, asked_at, answered_at, promise_kept,
			       satisfaction, comment
			from survey
			""";

	private final JdbcClient jdbc;

	Surveys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Survey> find(SurveyId id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(Surveys::map).optional();
	}

	boolean any() {
		return this.jdbc.sql("select count(*) from survey").query(Long.class).single() > 0;
	}

	boolean existsFor(OrderId order) {
		return this.jdbc.sql("select count(*) from survey where order_id = :order")
			.param("order", order.value())
			.query(Long.class)
			.single() > 0;
	}

	void insert(Survey survey) {
		this.jdbc.sql("""
				insert into survey (id, promise_id, order_id, customer_id, what, asked_at)
				values (:id, :promise, :order, :customer, :what, :askedAt)
				""")
			.param("id", survey.id().value())
			.param("promise", survey.promiseId().value())
			.param("order", survey.orderId().value())
			.param("customer", survey.customerId().value())
			.param("what", survey.what())
			.param("askedAt", Timestamps.param(survey.askedAt()))
			.update();
	}

	/** Records the answer unless the survey was answered before; false then. */
	boolean answer(SurveyId id, Boolean kept, Integer satisfaction, String comment, Instant at) {
		return this.jdbc.sql("""
				update survey set answered_at = :at, promise_kept = :kept, satisfaction = :satisfaction,
				                  comment = :comment
				where id = :id and answered_at is null
				""")
			.param("id", id.value())
			.param("at", Timestamps.param(at))
			.param("kept", kept)
			.param("satisfaction", satisfaction)
			.param("comment", comment)
			.update() == 1;
	}

	private static Survey map(ResultSet rs, int row) throws SQLException {
		Object kept = rs.getObject("promise_kept");
		Object satisfaction = rs.getObject("satisfaction");
		return new Survey(new SurveyId(rs.getObject("id", UUID.class)),
				new PromiseId(rs.getObject("promise_id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), new UserId(rs.getObject("customer_id", UUID.class)),
				rs.getString("what"), Timestamps.read(rs, "asked_at"), Timestamps.read(rs, "answered_at"),
				(kept == null) ? null : rs.getBoolean("promise_kept"),
				(satisfaction == null) ? null : rs.getInt("satisfaction"), rs.getString("comment"));
	}

}
