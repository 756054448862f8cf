package org.shopfront.promises;

import java.time.Instant;

import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;

/** A promise was made to a customer: delivery of their order by {@code due}. */
public record PromiseMade(PromiseId promiseId, OrderId orderId, UserId customerId, String what, Instant madeAt,
		Instant due, double confidence, int sampleSize, String segment, boolean evidence, PromiseId replaces) {

	static PromiseMade of(Promise p) {
		return new PromiseMade(p.id(), p.orderId(), p.customerId(), p.what(), p.madeAt(), p.due(), p.confidence(),
				p.sampleSize(), p.segment(), p.evidence(), p.replaces());
	}

}
