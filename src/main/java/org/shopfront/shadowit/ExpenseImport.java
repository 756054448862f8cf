package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.shopfront.imports.ImportRow;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportTarget;
import org.shopfront.shadowit.matching.VendorMatcher;
import org.shopfront.shared.Money;
import org.shopfront.shared.tabular.DateReader;

/**
 * Card and expense lines as an import target, for one file: a row needs a date, an amount
 * and a merchant, and a currency (its own or the one the importer named); the lines are
 * matched to vendors as they are stored, with the corrections known when the import
 * began.
 */
final class ExpenseImport implements ImportTarget<ExpenseField, ExpenseLine> {

	/** The target's name in the import log. */
	static final String NAME = "expenses";

	private final DateReader dates;

	private final Currency currency;

	private final VendorMatcher matcher;

	private final ExpenseLines lines;

	private final Clock clock;

	ExpenseImport(DateReader dates, Currency currency, VendorMatcher matcher, ExpenseLines lines, Clock clock) {
		this.dates = dates;
		this.currency = currency;
		this.matcher = matcher;
		this.lines = lines;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ExpenseLine read(ImportRow<ExpenseField> row) {
		Instant spent = row.date(ExpenseField.SPENT_ON, this.dates);
		if (spent == null && !row.rejected()) {
			row.required(ExpenseField.SPENT_ON);
		}
		BigDecimal amount = amount(row);
		Currency currency = currency(row);
		String merchant = row.required(ExpenseField.MERCHANT);
		if (row.rejected()) {
			return null;
		}
		LocalDate spentOn = LocalDate.ofInstant(spent, this.clock.getZone());
		return ExpenseLine.of(spentOn, Money.of(amount, currency), text(row, ExpenseField.MERCHANT, merchant),
				text(row, ExpenseField.EMPLOYEE), text(row, ExpenseField.COST_CENTRE),
				text(row, ExpenseField.BUSINESS_UNIT), text(row, ExpenseField.REFERENCE));
	}

	@Override
	public void write(List<ExpenseLine> items, ImportRunId run) {
		this.lines.add(items, this.matcher, run, this.clock.instant());
	}

	@Override
	public Object key(ExpenseLine line) {
		return line.key();
	}

	private static BigDecimal amount(ImportRow<ExpenseField> row) {
		String text = row.required(ExpenseField.AMOUNT);
		if (text == null) {
			return null;
		}
		BigDecimal amount = Amounts.read(text);
		if (amount == null) {
			row.reject(ExpenseField.AMOUNT, "amount", text);
		}
		return amount;
	}

	private Currency currency(ImportRow<ExpenseField> row) {
		String code = row.text(ExpenseField.CURRENCY);
		if (code == null) {
			if (this.currency == null) {
				row.reject(ExpenseField.CURRENCY, "currencyMissing", null);
			}
			return this.currency;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			row.reject(ExpenseField.CURRENCY, "currency", code);
			return null;
		}
	}

	private static String text(ImportRow<ExpenseField> row, ExpenseField field) {
		return text(row, field, row.text(field));
	}

	private static String text(ImportRow<ExpenseField> row, ExpenseField field, String value) {
		return ImportRow.shorten(value, field.maxLength());
	}

}
