package org.shopfront.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order as a row in a list: my orders, approvals, the fulfilment queue. */
record OrderSummary(UUID id, long number, String offeringTitle, String providerName, String customerName, int quantity,
		BigDecimal firstYearValue, OrderStatus status, Instant placedAt, Instant deliveredAt, UUID fulfillerId) {
}
