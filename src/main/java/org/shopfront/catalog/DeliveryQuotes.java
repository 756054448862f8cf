package org.shopfront.catalog;

import java.time.Instant;

/**
 * Quotes delivery dates from evidence. The promises module implements it; without it the
 * store falls back to each offering's configured estimate (see
 * {@link DeliveryEstimates}).
 */
public interface DeliveryQuotes {

	/** The date an order of the offering placed at {@code at} would be promised for. */
	DeliveryQuote quote(OfferingId offering, NeedId need, ProviderId provider, int configuredDays, Instant at);

}
