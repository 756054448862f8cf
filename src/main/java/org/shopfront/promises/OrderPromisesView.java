package org.shopfront.promises;

import java.util.List;

import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderPromise;
import org.shopfront.ordering.OrderPromises;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the order page the promises of its order, newest first. */
@Component
class OrderPromisesView implements OrderPromises {

	private final Promises promises;

	private final Directory directory;

	OrderPromisesView(Promises promises, Directory directory) {
		this.promises = promises;
		this.directory = directory;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrderPromise> of(OrderId order) {
		return this.promises.ofOrder(order)
			.stream()
			.map(p -> new OrderPromise(p.id().value(), p.status().name(), p.madeAt(), p.due(),
					(int) Math.round(p.confidence() * 100), p.sampleSize(), p.segment(), p.evidence(), p.atRiskReason(),
					p.newDue(), flaggedBy(p), p.atRiskAt(), answer(p), p.closedAt()))
			.toList();
	}

	/** The closing note of an answered call is the answer. */
	private static String answer(Promise p) {
		return (p.outcome() != null && p.atRiskAt() != null) ? p.outcome() : null;
	}

	private String flaggedBy(Promise p) {
		return (p.flaggedBy() != null) ? this.directory.find(p.flaggedBy()).map(Person::displayName).orElse(null)
				: null;
	}

}
