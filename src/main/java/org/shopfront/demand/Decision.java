package org.shopfront.demand;

import java.time.Instant;
import java.time.LocalDate;

import org.shopfront.shared.Money;

/**
 * The leader's choice of an option, with the budget and date promised for it: the widened
 * figures the leader saw, not the raw estimates.
 *
 * @param due the date promised, or null when the leader chose to do nothing
 */
record Decision(DemandId demandId, ProposalId proposalId, int proposalVersion, OptionId optionId, Actor decidedBy,
		Instant decidedAt, Money budget, LocalDate due) {
}
