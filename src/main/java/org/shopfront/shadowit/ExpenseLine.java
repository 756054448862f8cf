package org.shopfront.shadowit;

import java.time.LocalDate;

import org.shopfront.shared.Money;

/**
 * One card or expense line as an export states it. Its key is a hash of everything the
 * line says, so the same line imported twice, from one file or two, is one line; an
 * export with a transaction reference tells two equal purchases of one day apart by it.
 */
record ExpenseLine(String key, LocalDate spentOn, Money amount, String merchant, String employee, String costCentre,
		String businessUnit, String reference) {

	static ExpenseLine of(LocalDate spentOn, Money amount, String merchant, String employee, String costCentre,
			String businessUnit, String reference) {
		String key = Keys.hash(spentOn.toString(), amount.amount().toPlainString(), amount.currency().getCurrencyCode(),
				merchant, employee, costCentre, businessUnit, reference);
		return new ExpenseLine(key, spentOn, amount, merchant, employee, costCentre, businessUnit, reference);
	}

}
