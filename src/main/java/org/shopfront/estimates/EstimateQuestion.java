package org.shopfront.estimates;

import java.math.BigDecimal;

import org.shopfront.catalog.ProviderId;

/**
 * An estimate to be widened from the record of past work.
 *
 * @param workKind the kind of work ("build", "buy", "extend"…), or null
 * @param provider who does the work, or null
 * @param confidence the share of comparable projects that must stay within the widened
 * figure (0.80 unless said otherwise)
 */
public record EstimateQuestion(Measure measure, BigDecimal estimate, String workKind, ProviderId provider,
		double confidence) {

	public static final double DEFAULT_CONFIDENCE = 0.80;

	public static EstimateQuestion of(Measure measure, BigDecimal estimate, String workKind, ProviderId provider) {
		return new EstimateQuestion(measure, estimate, workKind, provider, DEFAULT_CONFIDENCE);
	}

}
