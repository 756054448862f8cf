package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps on each order the date it is promised for and whether that promise is at risk, so
 * that order lists show them and sort by the date without asking the promises module row
 * by row. The promises module tells it whenever it saves a promise, in the same
 * transaction.
 */
@Service
public class PromisedDates {

	private final JdbcClient jdbc;

	PromisedDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The order's current promise: by when, and whether it is at risk. The latest promise
	 * made for an order is its current one (a renegotiated date replaces the first).
	 */
	@Transactional
	public void promised(OrderId order, Instant due, boolean atRisk) {
		// Not the order's version: this copy of the promise never clashes with its moves.
		this.jdbc.sql("update purchase_order set promised_by = :due, promise_at_risk = :atRisk where id = :id")
			.param("due", Timestamps.param(due))
			.param("atRisk", atRisk)
			.param("id", order.value())
			.update();
	}

}
