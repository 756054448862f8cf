package org.shopfront.demand;

import org.shopfront.catalog.ProviderRecord;

/**
 * An option as the comparison shows it: the option, whether IT recommends it, its widened
 * budget and date with the sentences saying what they rest on, and its provider's track
 * record.
 *
 * @param record the provider's record, or null when it has none or is not in the store
 */
record OptionView(ProposalOption option, boolean recommended, WidenedFigures promised, String budgetSentence,
		String dateSentence, ProviderRecord record) {

	/** The column's heading in the comparison. */
	public String title() {
		return this.option.name();
	}

}
