package org.shopfront.shadowit;

import java.util.List;

import org.shopfront.shadowit.matching.Vendor;
import org.shopfront.shared.Money;

/**
 * A merchant as the review page shows it: how often and in how many months the business
 * paid it, how much in each currency, a few of its statement texts, and the vendor the
 * matcher suggests if any.
 *
 * @param merchantKey the normalised merchant text corrections are recorded under
 * @param suggested the vendor the matcher chose with low confidence, or {@code null}
 * @param confidence the matcher's confidence in the suggestion (0 without one)
 */
public record MerchantToReview(String merchantKey, long lines, long months, List<Money> spend, List<String> samples,
		Vendor suggested, double confidence) {

}
