package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Instant;

import org.shopfront.catalog.ProviderId;
import org.shopfront.demand.DemandId;
import org.shopfront.demand.OptionChosen;
import org.shopfront.demand.OptionId;
import org.shopfront.demand.OptionKind;
import org.shopfront.demand.ProposalId;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

/**
 * What the leader decided, as the initiative keeps it: the demand and option, who
 * sponsors it and who in IT owns it, and the option's own estimates (the promises hold
 * the widened figures).
 *
 * @param team the IT owner's business unit when it started, or null
 * @param oneOffCost the option's estimate of its one-off cost, before widening
 */
record Decision(DemandId demand, ProposalId proposal, int proposalVersion, OptionId option, String title,
		String optionName, OptionKind kind, ProviderId provider, String providerName, UnitId unit, UnitId team,
		UserId sponsor, UserId itOwner, Money oneOffCost, Money runningCostPerYear, BigDecimal effortDays,
		String workKind, Instant startedAt) {

	static Decision of(OptionChosen chosen, UnitId team) {
		return new Decision(chosen.demandId(), chosen.proposalId(), chosen.proposalVersion(), chosen.optionId(),
				chosen.title(), chosen.optionName(), chosen.kind(), chosen.provider(), chosen.providerName(),
				chosen.unit(), team, chosen.sponsor(), chosen.itOwner(), chosen.oneOffCost(),
				chosen.runningCostPerYear(), chosen.effortDays(), chosen.workKind(), chosen.decidedAt());
	}

}
