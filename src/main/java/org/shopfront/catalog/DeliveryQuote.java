package org.shopfront.catalog;

import java.time.Instant;

/**
 * When an order of an offering would arrive if placed now, and on what evidence.
 *
 * @param due the promised instant, the close of a business day
 * @param hours business hours from the start to {@code due}
 * @param confidence the stated share of such promises that are kept, such as 0.85
 * @param sampleSize past orders the date rests on; 0 without evidence
 * @param segment the history the date rests on, such as {@code offering:<id>},
 * {@code need:<id>}, {@code provider:<id>} or {@code everything}; empty without evidence
 * @param evidence false when the date is the offering's configured estimate
 */
public record DeliveryQuote(Instant due, double hours, double confidence, int sampleSize, String segment,
		boolean evidence) {

	/** The confidence as a whole percentage, for messages. */
	public int percent() {
		return (int) Math.round(this.confidence * 100);
	}

}
