package org.shopfront.demand;

import java.util.List;

/**
 * One version of a proposal ready to compare, and the list of all versions.
 *
 * @param latest whether this is the newest version, the one a leader decides on
 */
record ProposalView(Proposal proposal, List<OptionView> options, List<Proposals.Version> versions, boolean latest) {

	ProposalView {
		options = List.copyOf(options);
		versions = List.copyOf(versions);
	}

}
