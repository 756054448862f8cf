package org.shopfront.estimates;

/**
 * Reference-class forecasting: widens an estimate of effort, cost or duration from how
 * far comparable past projects overran theirs (by provider, by kind of work, then all).
 */
public interface Estimates {

	WidenedEstimate widen(EstimateQuestion question);

}
