package org.shopfront.feedback;

import java.time.Instant;

import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;
import org.shopfront.promises.PromiseId;

/**
 * A customer answered the survey about a delivered order.
 *
 * @param kept whether the customer thinks we kept our promise, or null if they did not
 * say
 * @param satisfaction 1 to 5, or null if they did not say
 */
public record FeedbackGiven(PromiseId promiseId, OrderId orderId, UserId customerId, Boolean kept, Integer satisfaction,
		boolean hasComment, Instant at) {

}
