package org.shopfront.catalog;

import java.time.Instant;

/**
 * What a delivery date depends on besides the history: the offering (with its need and
 * provider, for the fallbacks), its configured estimate, its stock and restock time, and
 * whether the order will wait for a manager's approval.
 *
 * @param restockDays business days to be back in stock when {@code outOfStock}; never
 * null then (the store promises no date without it)
 */
public record QuoteRequest(OfferingId offering, NeedId need, ProviderId provider, int configuredDays,
		boolean outOfStock, int restockDays, boolean needsApproval, Instant at) {

	/** An order of an offering in stock that needs no approval. */
	public static QuoteRequest plain(OfferingId offering, NeedId need, ProviderId provider, int configuredDays,
			Instant at) {
		return new QuoteRequest(offering, need, provider, configuredDays, false, 0, false, at);
	}

}
