package org.shopfront.feedback;

import java.time.Instant;

import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;
import org.shopfront.promises.PromiseId;

/**
 * The questions after a delivery and, once given, the customer's answer: whether they
 * think we kept our promise, how satisfied they are (1 to 5) and a comment.
 */
record Survey(SurveyId id, PromiseId promiseId, OrderId orderId, UserId customerId, String what, Instant askedAt,
		Instant answeredAt, Boolean promiseKept, Integer satisfaction, String comment) {

	static Survey ask(PromiseId promise, OrderId order, UserId customer, String what, Instant at) {
		return new Survey(SurveyId.random(), promise, order, customer, what, at, null, null, null, null);
	}

	boolean answered() {
		return this.answeredAt != null;
	}

	boolean isFor(UserId person) {
		return this.customerId.equals(person);
	}

}
