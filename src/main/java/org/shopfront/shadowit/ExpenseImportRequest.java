package org.shopfront.shadowit;

import java.util.Currency;

/**
 * What an importer says of a file of card or expense lines: its layout, the currency of
 * its amounts when it has no currency column (or {@code null}), and its name.
 */
record ExpenseImportRequest(ExpenseProfile profile, Currency currency, String fileName) {

}
