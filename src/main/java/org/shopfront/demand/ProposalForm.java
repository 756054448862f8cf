package org.shopfront.demand;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * IT's proposal form: a short summary, the options (up to four on the page), the one IT
 * recommends (its place in the list, from 0) and why, and why there are fewer than two
 * options when there are.
 */
record ProposalForm(@Size(max = 4000) String summary, @Size(max = 3) String currency,
		@Valid @Size(max = ProposalForm.MAX_OPTIONS) List<OptionForm> options, Integer recommended,
		@Size(max = 2000) String recommendationReason, @Size(max = 2000) String fewerOptionsReason) {

	static final int MAX_OPTIONS = 6;

	/** Option slots on the page. */
	static final int SLOTS = 4;

	ProposalForm {
		options = (options == null) ? List.of() : new ArrayList<>(options);
	}

	static ProposalForm empty(String currency) {
		return new ProposalForm("", currency, slots(List.of()), null, "", "");
	}

	/** A new version, starting from the one before. */
	static ProposalForm of(Proposal p) {
		List<OptionForm> options = p.options().stream().map(OptionForm::of).toList();
		int recommended = 0;
		for (int i = 0; i < p.options().size(); i++) {
			if (p.recommends(p.options().get(i))) {
				recommended = i;
			}
		}
		return new ProposalForm(p.summary(), p.currency().getCurrencyCode(), slots(options), recommended,
				p.recommendationReason(), (p.fewerOptionsReason() == null) ? "" : p.fewerOptionsReason());
	}

	private static List<OptionForm> slots(List<OptionForm> options) {
		List<OptionForm> slots = new ArrayList<>(options);
		while (slots.size() < SLOTS) {
			slots.add(OptionForm.empty());
		}
		return slots;
	}

}
