package org.shopfront.catalog;

/**
 * A provider's track record in a sentence: how many promises reached their outcome, the
 * share kept, and customers' satisfaction.
 *
 * @param keptPercent null when no promise has reached its outcome
 * @param satisfaction 1 to 5, or null when nobody answered
 */
public record ProviderRecord(int promises, Integer keptPercent, Double satisfaction) {

}
