package org.shopfront.promises;

/** What a customer can answer when a promise is at risk. */
public enum Answer {

	/** Keep the order and accept the realistic new date. */
	WAIT,
	/** Switch to another offering of the same need that arrives sooner. */
	SWITCH,
	/** Withdraw the order. */
	CANCEL

}
