package org.shopfront.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An order as a row in a list: my orders, my team's, approvals, the fulfilment queue.
 *
 * @param promisedBy the date its current promise is for, or null before it has one
 * @param standing where it stands against that date while under way, else null
 * @param answers the customer's answers to the offering's questions (their case for the
 * order), in approvals only
 */
record OrderSummary(UUID id, long number, String offeringTitle, String providerName, String customerName, int quantity,
		BigDecimal firstYearValue, OrderStatus status, Instant placedAt, Instant deliveredAt, UUID fulfillerId,
		Instant promisedBy, PromiseStanding standing,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Order.Detail> answers) {

	OrderSummary {
		answers = List.copyOf(answers);
	}

	/** The same row with the customer's answers. */
	OrderSummary withAnswers(List<Order.Detail> answers) {
		return new OrderSummary(this.id, this.number, this.offeringTitle, this.providerName, this.customerName,
				this.quantity, this.firstYearValue, this.status, this.placedAt, this.deliveredAt, this.fulfillerId,
				this.promisedBy, this.standing, answers);
	}

}
