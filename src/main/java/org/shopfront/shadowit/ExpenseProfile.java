package org.shopfront.shadowit;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.shopfront.shared.tabular.ColumnMapping;

/**
 * The layouts of card and expense exports Shopfront reads without a saved mapping: for
 * each field, the header names that may hold it (without regard to case), and the date
 * pattern tried first. Exports without a currency column take the currency the importer
 * names. The columns of each are described in the README.
 */
enum ExpenseProfile {

	/** Any export with plainly named columns. */
	GENERIC(null,
			Map.of(ExpenseField.SPENT_ON, List.of("date", "transaction date", "posted date", "booking date"),
					ExpenseField.AMOUNT, List.of("amount", "billing amount", "posted amount"), ExpenseField.CURRENCY,
					List.of("currency", "billing currency", "currency code"), ExpenseField.MERCHANT,
					List.of("merchant", "merchant name", "description", "payee", "vendor"), ExpenseField.EMPLOYEE,
					List.of("employee", "cardholder", "card holder", "employee email", "user"),
					ExpenseField.COST_CENTRE, List.of("cost centre", "cost center", "cost_center"),
					ExpenseField.BUSINESS_UNIT, List.of("business unit", "department", "unit"), ExpenseField.REFERENCE,
					List.of("reference", "transaction id", "id"))),

	/** American Express corporate card statement download (CSV). */
	AMEX("MM/dd/yyyy",
			Map.of(ExpenseField.SPENT_ON, List.of("date"), ExpenseField.AMOUNT, List.of("amount"),
					ExpenseField.MERCHANT, List.of("appears on your statement as", "description"),
					ExpenseField.EMPLOYEE, List.of("card member"), ExpenseField.COST_CENTRE, List.of("cost center"),
					ExpenseField.BUSINESS_UNIT, List.of("department"), ExpenseField.REFERENCE, List.of("reference"))),

	/** SAP Concur card transaction or expense entry extract. */
	CONCUR(null, Map.of(ExpenseField.SPENT_ON, List.of("transaction date"), ExpenseField.AMOUNT,
			List.of("posted amount", "transaction amount", "approved amount"), ExpenseField.CURRENCY,
			List.of("posted currency", "transaction currency", "reimbursement currency"), ExpenseField.MERCHANT,
			List.of("vendor description", "vendor", "merchant name"), ExpenseField.EMPLOYEE,
			List.of("employee name", "employee id"), ExpenseField.COST_CENTRE, List.of("cost center", "cost centre"),
			ExpenseField.BUSINESS_UNIT, List.of("org unit 1", "department", "company"), ExpenseField.REFERENCE,
			List.of("entry id", "transaction id", "report entry id"))),

	/** Expensify's default CSV export. */
	EXPENSIFY(null,
			Map.of(ExpenseField.SPENT_ON, List.of("timestamp", "date"), ExpenseField.AMOUNT, List.of("amount"),
					ExpenseField.CURRENCY, List.of("currency", "original currency"), ExpenseField.MERCHANT,
					List.of("merchant"), ExpenseField.EMPLOYEE, List.of("email", "submitter", "employee"),
					ExpenseField.COST_CENTRE, List.of("tag", "cost center"), ExpenseField.BUSINESS_UNIT,
					List.of("category department", "department", "policy"), ExpenseField.REFERENCE,
					List.of("transaction id", "receipt id", "expense id"))),

	/** Card programmes such as Ramp, Brex and Divvy (transactions CSV). */
	CARD_PROGRAMME(null,
			Map.of(ExpenseField.SPENT_ON, List.of("transaction date", "clearing date", "date", "posted at"),
					ExpenseField.AMOUNT, List.of("amount", "billing amount", "transaction amount"),
					ExpenseField.CURRENCY, List.of("currency", "billing currency", "original currency"),
					ExpenseField.MERCHANT, List.of("merchant name", "merchant", "merchant descriptor", "description"),
					ExpenseField.EMPLOYEE, List.of("user", "cardholder", "user email", "card holder"),
					ExpenseField.COST_CENTRE, List.of("cost center", "cost centre", "accounting code"),
					ExpenseField.BUSINESS_UNIT, List.of("department", "team", "location"), ExpenseField.REFERENCE,
					List.of("transaction id", "id", "reference")));

	private final String datePattern;

	private final ColumnMapping<ExpenseField> mapping;

	ExpenseProfile(String datePattern, Map<ExpenseField, List<String>> columns) {
		this.datePattern = datePattern;
		this.mapping = new ColumnMapping<>(ExpenseField.class, columns,
				EnumSet.of(ExpenseField.SPENT_ON, ExpenseField.AMOUNT, ExpenseField.MERCHANT));
	}

	String datePattern() {
		return this.datePattern;
	}

	ColumnMapping<ExpenseField> mapping() {
		return this.mapping;
	}

}
