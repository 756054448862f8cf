package org.shopfront.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One way to serve a need, from one provider, with its prices, delivery estimate, stock,
 * support hours, pros and cons, and IT's honest recommendation.
 *
 * @param restockDays business days an out-of-stock good takes to be back in stock, as its
 * service owner knows it; null when unknown
 */
record Offering(OfferingId id, NeedId needId, ProviderId providerId, String title, String summary,
		BigDecimal oneOffPrice, BigDecimal monthlyPrice, int deliveryDays, boolean physical, Integer stock,
		Integer restockDays, String supportHours, String pros, String cons, boolean recommended,
		String recommendationReason, String orderFields, boolean active, int version) {

	public List<String> orderFieldList() {
		return lines(this.orderFields);
	}

	public List<String> prosList() {
		return lines(this.pros);
	}

	public List<String> consList() {
		return lines(this.cons);
	}

	public boolean outOfStock() {
		return this.physical && (this.stock == null || this.stock <= 0);
	}

	/** What the offering costs in its first year, the figure used to compare options. */
	public BigDecimal firstYearCost() {
		return DeliveryEstimates.firstYearCost(this.oneOffPrice, this.monthlyPrice);
	}

	static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
