package org.shopfront.initiatives;

import java.time.LocalDate;

/** Calendar quarters, each named by its first day. */
final class Quarters {

	private Quarters() {
	}

	/** The first day of the day's quarter: 1 January, 1 April, 1 July or 1 October. */
	static LocalDate first(LocalDate day) {
		int month = ((day.getMonthValue() - 1) / 3) * 3 + 1;
		return LocalDate.of(day.getYear(), month, 1);
	}

	/** "2026 Q3". */
	static String label(LocalDate first) {
		return first.getYear() + " Q" + ((first.getMonthValue() - 1) / 3 + 1);
	}

}
