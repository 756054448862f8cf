package org.shopfront.catalog;

/**
 * Quotes delivery dates from evidence. The promises module implements it; without it the
 * store falls back to each offering's configured estimate (see
 * {@link DeliveryEstimates}).
 */
public interface DeliveryQuotes {

	/** The date an order placed at the request's instant would be promised for. */
	DeliveryQuote quote(QuoteRequest request);

}
