package org.shopfront.shadowit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The months the board sums, first and last included; twelve months up to this one unless
 * the reader picks others (a month that cannot be read keeps the default).
 */
record BoardPeriod(YearMonth from, YearMonth to) {

	static final int DEFAULT_MONTHS = 12;

	static BoardPeriod of(String from, String to, Clock clock) {
		YearMonth last = month(to, YearMonth.now(clock));
		YearMonth first = month(from, last.minusMonths(DEFAULT_MONTHS - 1));
		return first.isAfter(last) ? new BoardPeriod(last, last) : new BoardPeriod(first, last);
	}

	private static YearMonth month(String text, YearMonth otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return otherwise;
		}
	}

	LocalDate start() {
		return this.from.atDay(1);
	}

	/** The first day after the period. */
	LocalDate end() {
		return this.to.plusMonths(1).atDay(1);
	}

	List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = this.from; !m.isAfter(this.to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

}
