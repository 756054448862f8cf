package org.shopfront.promises;

/** Where a promise stands. Only OPEN and AT_RISK promises can still change. */
public enum PromiseStatus {

	/** Made and on track. */
	OPEN,
	/** Likely to break, and the customer has been told. */
	AT_RISK,
	/** Delivered by the promised time. */
	KEPT,
	/**
	 * Delivered late, or the customer switched or withdrew because it was going to be
	 * late.
	 */
	BROKEN,
	/** The customer accepted a new date; a new promise replaces this one. */
	RENEGOTIATED,
	/** The order was cancelled or rejected before the promise came due. */
	CANCELLED;

	boolean isOpen() {
		return this == OPEN || this == AT_RISK;
	}

}
