package org.shopfront.estimates;

import java.math.BigDecimal;

/**
 * An estimate widened from the evidence of comparable past projects.
 *
 * @param widened the figure to promise: the estimate times (1 + uplift)
 * @param uplift how much comparable projects overran, at the confidence (0.32 for 32 %)
 * @param comparable how many past projects the uplift rests on
 * @param segment which projects were compared ("provider Acme", "kind build", "all")
 * @param shareWithin the share of those projects that stayed within their estimate plus
 * the uplift
 * @param evidence whether there was any history; without it the estimate is taken as
 * given
 */
public record WidenedEstimate(Measure measure, BigDecimal estimate, BigDecimal widened, BigDecimal uplift,
		double confidence, int comparable, String segment, double shareWithin, boolean evidence) {
}
