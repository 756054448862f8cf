package org.shopfront.ordering;

import java.time.Instant;
import java.util.UUID;

import org.shopfront.catalog.DeliveryQuote;

/**
 * A delivery promise as the order page shows it; the promises module provides them
 * through {@link OrderPromises}.
 *
 * @param status OPEN, AT_RISK, KEPT, BROKEN, RENEGOTIATED or CANCELLED
 * @param newDue the realistic new date while the promise is at risk
 * @param flaggedBy the name of the fulfiller who gave the reason and new date, or null
 * when the forecast turned the promise at risk
 * @param atRiskAt when it turned at risk, or null
 * @param answer the customer's answer to the call ({@code WAIT}, {@code SWITCH} or
 * {@code CANCEL}), or null
 * @param closedAt when it was kept, broken, renegotiated or cancelled, or null
 */
public record OrderPromise(UUID id, String status, Instant madeAt, Instant due, int percent, int sampleSize,
		String segment, boolean evidence, String atRiskReason, Instant newDue, String flaggedBy, Instant atRiskAt,
		String answer, Instant closedAt) {

	/** Which history the date rests on, as {@link DeliveryQuote#basis()} tells it. */
	public String basis() {
		return DeliveryQuote.basis(this.evidence, this.segment);
	}

	public boolean atRisk() {
		return "AT_RISK".equals(this.status);
	}

	public String statusKey() {
		return "promise.status." + this.status;
	}

}
