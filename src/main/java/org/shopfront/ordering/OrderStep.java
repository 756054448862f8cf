package org.shopfront.ordering;

import java.time.Instant;

/**
 * One line of an order's timeline, told in business language ("Approved by Ada
 * Lovelace").
 */
public record OrderStep(Kind kind, String actorName, String note, Instant at) {

	public enum Kind {

		PLACED, SENT_FOR_APPROVAL, APPROVED, REJECTED, TAKEN, NOTE, DELIVERED, CONFIRMED, CANCELLED;

		public String messageKey() {
			return "timeline." + name();
		}

	}

}
