package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * One option of the proposal form. A slot left entirely empty is no option; a filled one
 * must say everything {@link ProposalRules} asks for.
 *
 * @param providerId one of the store's providers who would do it, or null
 * @param providerName a provider not in the store, when {@code providerId} is null
 */
record OptionForm(OptionKind kind, @Size(max = 200) String name, @Size(max = 4000) String description, UUID providerId,
		@Size(max = 120) String providerName,
		@DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal oneOffCost,
		@DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal runningCost,
		@DecimalMin("0") @Digits(integer = 7, fraction = 1) BigDecimal effortDays, LocalDate deliveryDate,
		@Size(max = 2000) String risks) {

	static OptionForm empty() {
		return new OptionForm(null, "", "", null, "", null, null, null, null, "");
	}

	static OptionForm of(ProposalOption o) {
		return new OptionForm(o.kind(), o.name(), o.description(),
				(o.providerId() == null) ? null : o.providerId().value(),
				(o.providerId() == null && o.providerName() != null) ? o.providerName() : "", o.oneOffCost().amount(),
				o.runningCostPerYear().amount(), o.effortDays(), o.deliveryDate(), o.risks());
	}

	/** Whether the slot was left empty: no option at all. */
	boolean blank() {
		return this.kind == null && DemandRules.isBlank(this.name) && DemandRules.isBlank(this.description)
				&& this.providerId == null && DemandRules.isBlank(this.providerName) && this.oneOffCost == null
				&& this.runningCost == null && this.effortDays == null && this.deliveryDate == null
				&& DemandRules.isBlank(this.risks);
	}

}
