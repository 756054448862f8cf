package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** The customer's manager rejected an order, with a reason. */
public record OrderRejected(OrderReference order, UserId approverId, String approverName, String reason,
		OrderUnits units, Instant rejectedAt) {

	static OrderRejected of(Order rejected, Viewer approver, String reason, OrderUnits units) {
		return new OrderRejected(OrderReference.of(rejected), approver.id(), approver.name(), reason, units,
				rejected.closedAt());
	}

	public OrderId orderId() {
		return this.order.id();
	}

}
