package org.shopfront.demand;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * IT's answer to a demand in one version: the options side by side, the one IT recommends
 * and why, and, when there are fewer than two options, why. A new version never changes
 * an earlier one.
 *
 * @param fewerOptionsReason why IT offers only one option, or null
 */
record Proposal(ProposalId id, DemandId demandId, int version, Actor writer, Instant writtenAt, String summary,
		String fewerOptionsReason, Currency currency, OptionId recommended, String recommendationReason,
		List<ProposalOption> options) {

	Proposal {
		options = List.copyOf(options);
	}

	Optional<ProposalOption> option(OptionId id) {
		return this.options.stream().filter(o -> o.id().equals(id)).findFirst();
	}

	boolean recommends(ProposalOption option) {
		return option.id().equals(this.recommended);
	}

}
