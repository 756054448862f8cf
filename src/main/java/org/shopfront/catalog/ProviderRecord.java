package org.shopfront.catalog;

/**
 * A provider's track record in a sentence, each figure with the number of promises or
 * answers behind it: the share of promises kept, how often the customer was told early
 * when one did not hold, and customers' satisfaction.
 *
 * @param promises promises that reached their outcome (behind {@code keptPercent})
 * @param keptPercent null when no promise has reached its outcome
 * @param didNotHold promises that broke or were renegotiated (behind
 * {@code warnedPercent})
 * @param warnedPercent the share of those the customer heard of before they were due, or
 * null when every promise held
 * @param satisfactionAnswers customers who rated their delivery (behind
 * {@code satisfaction})
 * @param satisfaction 1 to 5, or null when nobody answered
 */
public record ProviderRecord(int promises, Integer keptPercent, int didNotHold, Integer warnedPercent,
		int satisfactionAnswers, Double satisfaction) {

}
