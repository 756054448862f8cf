package org.shopfront.shadowit;

/**
 * The fields of a card or expense line that an import can fill, each with the longest
 * text kept (longer text is shortened, never rejected).
 */
enum ExpenseField {

	SPENT_ON(0), AMOUNT(0), CURRENCY(0), MERCHANT(500), EMPLOYEE(200), COST_CENTRE(200), BUSINESS_UNIT(200),
	REFERENCE(200);

	private final int maxLength;

	ExpenseField(int maxLength) {
		this.maxLength = maxLength;
	}

	/** The longest text kept, or 0 where the value is not text. */
	int maxLength() {
		return this.maxLength;
	}

}
