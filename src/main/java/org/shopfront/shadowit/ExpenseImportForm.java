package org.shopfront.shadowit;

import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shopfront.shared.tabular.ColumnMapping;

import org.springframework.validation.Errors;

/**
 * The upload form of card and expense lines: a ready layout ({@link ExpenseProfile}'s
 * names) or {@code CUSTOM} with the header of each column, and the currency of amounts
 * for files without a currency column. The file arrives as a separate part.
 */
record ExpenseImportForm(@NotBlank String layout, @Size(max = 3) String currency, @Size(max = 200) String spentOn,
		@Size(max = 200) String amount, @Size(max = 200) String currencyColumn, @Size(max = 200) String merchant,
		@Size(max = 200) String employee, @Size(max = 200) String costCentre, @Size(max = 200) String businessUnit,
		@Size(max = 200) String reference) {

	static final String CUSTOM = "CUSTOM";

	static ExpenseImportForm empty() {
		return new ExpenseImportForm(ExpenseProfile.GENERIC.name(), "", null, null, null, null, null, null, null, null);
	}

	/**
	 * The import the form asks for, or {@code null} after saying beside each field what
	 * is wrong: an unknown layout or currency; in a custom layout a missing date, amount
	 * or merchant column.
	 */
	ExpenseImportRequest request(String fileName, Errors errors) {
		Currency money = currency(errors);
		ExpenseImportRequest request = null;
		if (CUSTOM.equals(this.layout)) {
			ColumnMapping<ExpenseField> mapping = custom(errors);
			request = new ExpenseImportRequest(CUSTOM, mapping, null, money, fileName);
		}
		else {
			for (ExpenseProfile profile : ExpenseProfile.values()) {
				if (profile.name().equals(this.layout)) {
					request = new ExpenseImportRequest(profile, money, fileName);
				}
			}
			if (request == null && !errors.hasFieldErrors("layout")) {
				errors.rejectValue("layout", "shadowit.import.layout.unknown");
			}
		}
		return errors.hasErrors() ? null : request;
	}

	private ColumnMapping<ExpenseField> custom(Errors errors) {
		Map<ExpenseField, List<String>> columns = new EnumMap<>(ExpenseField.class);
		column(columns, ExpenseField.SPENT_ON, "spentOn", this.spentOn, errors);
		column(columns, ExpenseField.AMOUNT, "amount", this.amount, errors);
		column(columns, ExpenseField.CURRENCY, "currencyColumn", this.currencyColumn, null);
		column(columns, ExpenseField.MERCHANT, "merchant", this.merchant, errors);
		column(columns, ExpenseField.EMPLOYEE, "employee", this.employee, null);
		column(columns, ExpenseField.COST_CENTRE, "costCentre", this.costCentre, null);
		column(columns, ExpenseField.BUSINESS_UNIT, "businessUnit", this.businessUnit, null);
		column(columns, ExpenseField.REFERENCE, "reference", this.reference, null);
		return new ColumnMapping<>(ExpenseField.class, columns, EnumSet.copyOf(columns.keySet()));
	}

	/** Maps the field to the named column; a required one left empty is an error. */
	private static void column(Map<ExpenseField, List<String>> columns, ExpenseField field, String formField,
			String column, Errors required) {
		if (column != null && !column.isBlank()) {
			columns.put(field, List.of(column.strip()));
		}
		else if (required != null && !required.hasFieldErrors(formField)) {
			required.rejectValue(formField, "shadowit.import.column.required");
		}
	}

	private Currency currency(Errors errors) {
		if (this.currency == null || this.currency.isBlank()) {
			return null;
		}
		try {
			return Currency.getInstance(this.currency.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			if (!errors.hasFieldErrors("currency")) {
				errors.rejectValue("currency", "shadowit.import.currency.unknown");
			}
			return null;
		}
	}

}
