package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

/**
 * A business leader chose an option of a proposal: it becomes an initiative with the
 * budget, date and value promised here (the widened, evidence-based figures, not the raw
 * estimates).
 *
 * @param provider the store's provider of a bought service, or null
 * @param providerName the provider's name as the option named it, or null for IT itself
 * @param itOwner the IT person who wrote the proposal
 * @param budget the budget promised (one-off cost widened from the evidence)
 * @param due the date promised (widened from the evidence)
 * @param workKind the kind of work for comparing with past projects, or null
 */
public record OptionChosen(DemandId demandId, ProposalId proposalId, int proposalVersion, OptionId optionId,
		String title, String optionName, OptionKind kind, ProviderId provider, String providerName, UnitId unit,
		UserId sponsor, UserId itOwner, Money oneOffCost, Money runningCostPerYear, Money budget, BigDecimal effortDays,
		LocalDate due, ExpectedValue value, String workKind, Instant decidedAt) {
}
