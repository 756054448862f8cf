package org.shopfront.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * What ordering needs to know about an offering at the moment of ordering: the prices and
 * titles are copied onto the order so that later catalog edits do not rewrite history.
 */
public record OrderableOffering(OfferingId id, NeedId needId, ProviderId providerId, String title, String needTitle,
		String providerName, BigDecimal oneOffPrice, BigDecimal monthlyPrice, int deliveryDays, boolean physical,
		Integer stock, Integer restockDays, List<String> orderFields, boolean active) {

	public OrderableOffering {
		orderFields = List.copyOf(orderFields);
	}

	/** Whether a physical good has none left. */
	public boolean outOfStock() {
		return !inStock(1);
	}

	public boolean inStock(int quantity) {
		return !this.physical || (this.stock != null && this.stock >= quantity);
	}

}
