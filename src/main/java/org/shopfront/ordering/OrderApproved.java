package org.shopfront.ordering;

import java.time.Instant;

import org.shopfront.people.UserId;

/** The customer's manager approved an order. */
public record OrderApproved(OrderReference order, UserId approverId, String approverName, Instant approvedAt) {

	static OrderApproved of(Order approved, Viewer approver, Instant at) {
		return new OrderApproved(OrderReference.of(approved), approver.id(), approver.name(), at);
	}

	public OrderId orderId() {
		return this.order.id();
	}

}
