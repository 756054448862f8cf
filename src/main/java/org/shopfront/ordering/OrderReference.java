package org.shopfront.ordering;

import java.math.BigDecimal;

import org.shopfront.people.UserId;

/**
 * What another module may need to name an order in a message: its number, what was
 * ordered, by whom, and who approves it. These are copies taken when the order was
 * placed, so they read the same whenever they are looked up; every event of ordering
 * carries them.
 */
public record OrderReference(OrderId id, long number, String offeringTitle, int quantity, BigDecimal firstYearValue,
		UserId customerId, String customerName, UserId managerId) {

	static OrderReference of(Order order) {
		return new OrderReference(order.id(), order.number(), order.offeringTitle(), order.quantity(),
				order.firstYearValue(), order.customerId(), order.customerName(), order.managerId());
	}

}
