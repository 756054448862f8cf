package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.shopfront.catalog.ProviderId;
import org.shopfront.shared.Money;

/**
 * One answer IT offers to a demand: what it is, who would do it, what it costs once and
 * every year, the effort, the delivery date as estimated and its risks.
 *
 * @param providerId the store's provider who would do it, or null (IT itself, a vendor
 * not in the store, or nobody when doing nothing)
 * @param providerName the provider's name as the option gives it, or null
 * @param deliveryDate the estimated delivery date, or null for doing nothing
 */
record ProposalOption(OptionId id, int seq, OptionKind kind, String name, String description, ProviderId providerId,
		String providerName, Money oneOffCost, Money runningCostPerYear, BigDecimal effortDays, LocalDate deliveryDate,
		String risks) {

	/** The kind of work past projects are compared by: "build", "buy" or "extend". */
	String workKind() {
		return switch (this.kind) {
			case BUILD_INSIDE -> "build";
			case BUY_SERVICE -> "buy";
			case EXTEND_EXISTING -> "extend";
			case DO_NOTHING -> null;
		};
	}

	public boolean doesNothing() {
		return this.kind == OptionKind.DO_NOTHING;
	}

}
