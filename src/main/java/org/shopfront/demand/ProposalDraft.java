package org.shopfront.demand;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** A proposal that passed its rules, before it becomes a version of a demand's. */
record ProposalDraft(String summary, String fewerOptionsReason, Currency currency, List<ProposalOption> options,
		OptionId recommended, String recommendationReason) {

	Proposal as(DemandId demand, int version, Actor writer, Instant at) {
		return new Proposal(ProposalId.random(), demand, version, writer, at, this.summary, this.fewerOptionsReason,
				this.currency, this.recommended, this.recommendationReason, this.options);
	}

}
