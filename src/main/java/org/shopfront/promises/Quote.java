package org.shopfront.promises;

import java.time.Instant;

/**
 * A delivery promise quoted from history: the order should be delivered within
 * {@code hours} business hours, that is by {@code due} (the end of a business day), with
 * the stated {@code confidence}.
 *
 * @param hours business hours from the start to the promised time
 * @param due the promised instant, always the close of a business day
 * @param confidence the stated share of such promises that are kept, such as 0.85
 * @param sampleSize orders in the segment's recent window the quote rests on; 0 without
 * evidence
 * @param segment the segment key the quote came from; empty without evidence
 * @param evidence false when no segment had enough history and the quote is the
 * offering's configured estimate
 * @param level the quantile level actually used after online calibration (equal to the
 * confidence without evidence)
 */
public record Quote(double hours, Instant due, double confidence, int sampleSize, String segment, boolean evidence,
		double level) {

}
