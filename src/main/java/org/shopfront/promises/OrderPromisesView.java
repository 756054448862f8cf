package org.shopfront.promises;

import java.util.List;

import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderPromise;
import org.shopfront.ordering.OrderPromises;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the order page the promises of its order, newest first. */
@Component
class OrderPromisesView implements OrderPromises {

	private final Promises promises;

	OrderPromisesView(Promises promises) {
		this.promises = promises;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrderPromise> of(OrderId order) {
		return this.promises.ofOrder(order)
			.stream()
			.map(p -> new OrderPromise(p.id().value(), p.status().name(), p.madeAt(), p.due(),
					(int) Math.round(p.confidence() * 100), p.sampleSize(), p.segment(), p.evidence(), p.atRiskReason(),
					p.newDue()))
			.toList();
	}

}
