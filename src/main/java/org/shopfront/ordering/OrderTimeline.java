package org.shopfront.ordering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shopfront.ordering.OrderStep.Kind;

/**
 * An order's whole story for its page: the steps ordering wrote, with what they leave out
 * told from the order and its promises: that an order needing no approval was approved
 * automatically as it was placed, that its date turned at risk (flagged by a fulfiller or
 * foreseen by the forecast) and how the customer answered.
 */
final class OrderTimeline {

	private OrderTimeline() {
	}

	static List<OrderStep> of(Order order, List<OrderStep> steps, List<OrderPromise> promises) {
		List<OrderStep> told = new ArrayList<>(steps);
		boolean sentForApproval = steps.stream().anyMatch(step -> step.kind() == Kind.SENT_FOR_APPROVAL);
		if (!sentForApproval) {
			told.add(new OrderStep(Kind.AUTO_APPROVED, null, null, order.placedAt()));
		}
		for (OrderPromise promise : promises) {
			if (promise.atRiskAt() != null) {
				Kind kind = (promise.flaggedBy() != null) ? Kind.DELAY_FLAGGED : Kind.DELAY_FORESEEN;
				told.add(new OrderStep(kind, promise.flaggedBy(), promise.atRiskReason(), promise.atRiskAt()));
			}
			if (promise.answer() != null && promise.closedAt() != null) {
				told.add(new OrderStep(Kind.valueOf("ANSWERED_" + promise.answer()), order.customerName(), null,
						promise.closedAt()));
			}
		}
		// A stable sort: steps at the same instant keep the order they were told in.
		told.sort(Comparator.comparing(OrderStep::at));
		return told;
	}

}
