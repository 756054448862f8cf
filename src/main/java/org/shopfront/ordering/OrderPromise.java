package org.shopfront.ordering;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery promise as the order page shows it; the promises module provides them
 * through {@link OrderPromises}.
 *
 * @param status OPEN, AT_RISK, KEPT, BROKEN, RENEGOTIATED or CANCELLED
 * @param newDue the realistic new date while the promise is at risk
 * @param flaggedBy the name of the fulfiller who gave the reason and new date, or null
 * when the forecast turned the promise at risk
 */
public record OrderPromise(UUID id, String status, Instant madeAt, Instant due, int percent, int sampleSize,
		String segment, boolean evidence, String atRiskReason, Instant newDue, String flaggedBy) {

	public boolean atRisk() {
		return "AT_RISK".equals(this.status);
	}

	public String statusKey() {
		return "promise.status." + this.status;
	}

}
