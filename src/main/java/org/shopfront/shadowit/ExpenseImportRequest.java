package org.shopfront.shadowit;

import java.util.Currency;

import org.shopfront.shared.tabular.ColumnMapping;

/**
 * What an importer says of a file of card or expense lines: its layout (a ready profile's
 * name or {@code CUSTOM}) and the column mapping and date pattern that go with it, the
 * currency of its amounts when it has no currency column (or {@code null}), and its name.
 */
record ExpenseImportRequest(String layout, ColumnMapping<ExpenseField> mapping, String datePattern, Currency currency,
		String fileName) {

	/** A file in one of the ready layouts. */
	ExpenseImportRequest(ExpenseProfile profile, Currency currency, String fileName) {
		this(profile.name(), profile.mapping(), profile.datePattern(), currency, fileName);
	}

}
