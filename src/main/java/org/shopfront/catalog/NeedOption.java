package org.shopfront.catalog;

import java.math.BigDecimal;

/**
 * A need of the store with its cheapest offering on sale (by first-year cost), for
 * comparing with what the business buys outside the store; the comparison is at
 * {@code /needs/{need}}.
 */
public record NeedOption(NeedId need, String needTitle, Category category, String offeringTitle, String providerName,
		BigDecimal oneOffPrice, BigDecimal monthlyPrice) {

	/** The path of the need's comparison in the store. */
	public String comparisonPath() {
		return "/needs/" + this.need.value();
	}

}
