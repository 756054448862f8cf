package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.shopfront.catalog.ProviderId;
import org.shopfront.catalog.ProviderSummary;
import org.shopfront.shared.Money;

import org.springframework.validation.Errors;

/**
 * The proposal's rules: at least two options unless IT writes why not; each option says
 * what it is, who would do it (a bought service names its provider), what it costs once
 * and a year, the effort, a delivery date ahead and its risks; and IT recommends one of
 * them and says why. Each problem is written beside its field.
 */
final class ProposalRules {

	private ProposalRules() {
	}

	/** The proposal, or null when the form broke a rule (written into errors). */
	static ProposalDraft check(ProposalForm form, LocalDate today, Map<ProviderId, ProviderSummary> providers,
			Errors errors) {
		Currency currency = DemandRules.currency(form.currency());
		if (currency == null && !errors.hasFieldErrors("currency")) {
			errors.rejectValue("currency", "demand.currency.unknown");
		}
		List<ProposalOption> options = new ArrayList<>();
		OptionId recommended = null;
		int filled = 0;
		for (int i = 0; i < form.options().size(); i++) {
			OptionForm slot = form.options().get(i);
			if (slot == null || slot.blank()) {
				continue;
			}
			filled++;
			ProposalOption option = option(slot, i, options.size(), currency, today, providers, errors);
			if (option != null) {
				options.add(option);
				if (Integer.valueOf(i).equals(form.recommended())) {
					recommended = option.id();
				}
			}
		}
		if (filled == 0) {
			errors.rejectValue("options[0].name", "proposal.options.none");
		}
		else if (filled < 2 && DemandRules.isBlank(form.fewerOptionsReason())) {
			errors.rejectValue("fewerOptionsReason", "proposal.options.fewer");
		}
		if (!recommendsAFilledOption(form, filled)) {
			errors.rejectValue("recommended", "proposal.recommended.required");
		}
		if (DemandRules.isBlank(form.recommendationReason()) && !errors.hasFieldErrors("recommendationReason")) {
			errors.rejectValue("recommendationReason", "proposal.recommended.why");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ProposalDraft(DemandRules.blankToNull(form.summary()),
				(filled < 2) ? form.fewerOptionsReason().strip() : null, currency, options, recommended,
				form.recommendationReason().strip());
	}

	private static boolean recommendsAFilledOption(ProposalForm form, int filled) {
		Integer r = form.recommended();
		return filled > 0 && r != null && r >= 0 && r < form.options().size() && form.options().get(r) != null
				&& !form.options().get(r).blank();
	}

	private static ProposalOption option(OptionForm o, int slot, int seq, Currency currency, LocalDate today,
			Map<ProviderId, ProviderSummary> providers, Errors errors) {
		String at = "options[" + slot + "].";
		int before = errors.getErrorCount();
		boolean nothing = o.kind() == OptionKind.DO_NOTHING;
		require(o.kind() != null, at + "kind", "proposal.option.kind.required", errors);
		require(!DemandRules.isBlank(o.name()), at + "name", "proposal.option.name.required", errors);
		require(!DemandRules.isBlank(o.risks()), at + "risks", "proposal.option.risks.required", errors);
		require(nothing || o.oneOffCost() != null, at + "oneOffCost", "proposal.option.cost.required", errors);
		require(nothing || o.runningCost() != null, at + "runningCost", "proposal.option.cost.required", errors);
		require(nothing || o.effortDays() != null, at + "effortDays", "proposal.option.effort.required", errors);
		if (!nothing) {
			require(o.deliveryDate() != null, at + "deliveryDate", "proposal.option.date.required", errors);
			require(o.deliveryDate() == null || o.deliveryDate().isAfter(today), at + "deliveryDate",
					"proposal.option.date.future", errors);
		}
		ProviderSummary provider = (o.providerId() == null || nothing) ? null
				: providers.get(new ProviderId(o.providerId()));
		require(o.providerId() == null || nothing || provider != null, at + "providerId",
				"proposal.option.provider.unknown", errors);
		require(o.kind() != OptionKind.BUY_SERVICE || o.providerId() != null || !DemandRules.isBlank(o.providerName()),
				at + "providerId", "proposal.option.provider.required", errors);
		if (errors.getErrorCount() > before || currency == null) {
			return null;
		}
		String providerName = (provider != null) ? provider.name()
				: nothing ? null : DemandRules.blankToNull(o.providerName());
		return new ProposalOption(OptionId.random(), seq, o.kind(), o.name().strip(),
				DemandRules.blankToNull(o.description()), (provider == null) ? null : provider.id(), providerName,
				money(o.oneOffCost(), currency), money(o.runningCost(), currency),
				(o.effortDays() == null) ? BigDecimal.ZERO : o.effortDays(), nothing ? null : o.deliveryDate(),
				o.risks().strip());
	}

	private static Money money(BigDecimal amount, Currency currency) {
		return Money.of((amount == null) ? BigDecimal.ZERO : amount, currency);
	}

	private static void require(boolean holds, String field, String key, Errors errors) {
		if (!holds && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, key);
		}
	}

}
