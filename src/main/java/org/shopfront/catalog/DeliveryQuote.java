package org.shopfront.catalog;

import java.time.Instant;

/**
 * When an order of an offering would arrive if placed now, and on what evidence.
 *
 * @param due the promised instant, the close of a business day; null when the offering
 * cannot be promised (out of stock with no known restock time)
 * @param hours business hours from the start to {@code due}
 * @param confidence the stated share of such promises that are kept, such as 0.85
 * @param sampleSize past orders the date rests on; 0 without evidence
 * @param segment the history the date rests on, such as {@code offering:<id>},
 * {@code need:<id>}, {@code provider:<id>} or {@code everything}; empty without evidence
 * @param evidence false when the date is the offering's configured estimate
 * @param restockDays business days for the offering to be back in stock, included in the
 * date; 0 when it is in stock
 * @param approvalDays the usual wait for a manager's approval in business days, included
 * in the date; 0 when the order needs no approval or the history the date rests on
 * already holds it
 */
public record DeliveryQuote(Instant due, double hours, double confidence, int sampleSize, String segment,
		boolean evidence, int restockDays, double approvalDays) {

	/**
	 * The segment of a date agreed with the customer after the first could not be kept:
	 * it rests on that agreement, not on the history of the first date.
	 */
	public static final String AGREED = "agreed";

	/** A date for an offering in stock that needs no approval (or already counts it). */
	public DeliveryQuote(Instant due, double hours, double confidence, int sampleSize, String segment,
			boolean evidence) {
		this(due, hours, confidence, sampleSize, segment, evidence, 0, 0);
	}

	/** No date: the offering is out of stock and nobody knows when more comes in. */
	public static DeliveryQuote outOfStock() {
		return new DeliveryQuote(null, 0, 0, 0, "", false, 0, 0);
	}

	/** Whether there is a date to promise. */
	public boolean promisable() {
		return this.due != null;
	}

	/** The same date with the restock and approval waits it includes named. */
	public DeliveryQuote including(int restockDays, double approvalDays) {
		return new DeliveryQuote(this.due, this.hours, this.confidence, this.sampleSize, this.segment, this.evidence,
				restockDays, approvalDays);
	}

	/** The confidence as a whole percentage, for messages. */
	public int percent() {
		return (int) Math.round(this.confidence * 100);
	}

	/**
	 * Which history the date rests on, for the sentence that gives the evidence:
	 * {@code offering}, {@code need}, {@code provider}, {@code everything}, or
	 * {@code agreed} for a date agreed after the first could not be kept, or
	 * {@code estimate} without evidence.
	 */
	public String basis() {
		return basis(this.evidence, this.segment);
	}

	/** The basis of a date quoted from {@code segment}. */
	public static String basis(boolean evidence, String segment) {
		if (AGREED.equals(segment)) {
			return AGREED;
		}
		if (!evidence || segment == null || segment.isEmpty()) {
			return "estimate";
		}
		int colon = segment.indexOf(':');
		return (colon < 0) ? segment : segment.substring(0, colon);
	}

	/** Whether the fastest of a set of dates: the earliest due, the unpromisable last. */
	public boolean before(DeliveryQuote other) {
		return other == null || !other.promisable() || (promisable() && this.due.isBefore(other.due));
	}

}
