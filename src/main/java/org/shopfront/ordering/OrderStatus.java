package org.shopfront.ordering;

/**
 * Where an order stands. Labels for customers come from the bundles ({@code status.KEY}).
 */
public enum OrderStatus {

	/** Above the price threshold: waiting for the customer's manager. */
	AWAITING_APPROVAL,
	/** Approved (or needing no approval) and waiting in the fulfilment queue. */
	OPEN,
	/** A fulfiller has taken it. */
	IN_PROGRESS,
	/** The fulfiller says it has arrived; the customer has yet to confirm. */
	DELIVERED,
	/** The customer confirmed receipt. */
	CONFIRMED,
	/** The manager said no. */
	REJECTED,
	/** The customer withdrew it before work started. */
	CANCELLED;

	public boolean isClosed() {
		return this == CONFIRMED || this == REJECTED || this == CANCELLED;
	}

}
