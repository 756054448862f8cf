package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The rules that judge an initiative's promise by what it reached: a budget holds when
 * the spend stays within it, a date when delivery comes on or before it, a value when
 * every part promised is reached (money per year at least as promised; a target figure at
 * or beyond the one wanted, in the direction from today's figure). And how far off the
 * first promise an initiative ended, for the portfolio: overruns are signed (under budget
 * is negative), the value's is its shortfall.
 */
final class Outcomes {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private Outcomes() {
	}

	static boolean kept(PromiseMeasure measure, InitiativeFigure promised, BigDecimal targetToday,
			InitiativeFigure reached) {
		if (reached == null) {
			return false;
		}
		return switch (measure) {
			case BUDGET -> reached.money() != null && reached.money().compareTo(promised.money()) <= 0;
			case DATE -> reached.date() != null && !reached.date().isAfter(promised.date());
			case VALUE -> valueReached(promised, targetToday, reached);
		};
	}

	private static boolean valueReached(InitiativeFigure promised, BigDecimal today, InitiativeFigure reached) {
		if (reached.isEmpty()) {
			return false;
		}
		boolean money = promised.money() == null
				|| (reached.money() != null && reached.money().compareTo(promised.money()) >= 0);
		boolean target = promised.figure() == null || (reached.figure() != null
				&& progress(promised.figure(), today, reached.figure()).compareTo(BigDecimal.ONE) >= 0);
		return money && target;
	}

	/**
	 * How far the actual ended from the first promise: 0.45 for 45 % over budget or over
	 * the time promised, and for a value the share that was not realised; null when there
	 * is no actual to compare.
	 * @param start the day the initiative started, from which a date's time is counted
	 */
	static BigDecimal overrun(PromiseMeasure measure, InitiativeFigure first, BigDecimal targetToday,
			InitiativeFigure actual, LocalDate start) {
		if (measure == PromiseMeasure.VALUE) {
			return shortfall(first, targetToday, (actual != null) ? actual : InitiativeFigure.nothing());
		}
		if (actual == null) {
			return null;
		}
		return switch (measure) {
			case BUDGET -> (actual.money() == null) ? null : ratio(actual.money().amount(), first.money().amount());
			default -> (actual.date() == null) ? null : ratio(BigDecimal.valueOf(days(start, actual.date())),
					BigDecimal.valueOf(days(start, first.date())));
		};
	}

	/** The share of the promised value that was not realised (negative when exceeded). */
	private static BigDecimal shortfall(InitiativeFigure promised, BigDecimal today, InitiativeFigure actual) {
		if (actual.isEmpty()) {
			return BigDecimal.ONE;
		}
		BigDecimal realised;
		if (promised.money() != null && promised.money().amount().signum() > 0) {
			realised = (actual.money() == null) ? BigDecimal.ZERO
					: actual.money().amount().divide(promised.money().amount(), PRECISION);
		}
		else if (promised.figure() != null) {
			realised = (actual.figure() == null) ? BigDecimal.ZERO
					: progress(promised.figure(), today, actual.figure());
		}
		else {
			return null;
		}
		return BigDecimal.ONE.subtract(realised);
	}

	/**
	 * How much of the way from today's figure to the one wanted the reached figure went:
	 * 1 when it got there (lower can be better: days to close the books).
	 */
	static BigDecimal progress(BigDecimal wanted, BigDecimal today, BigDecimal reached) {
		BigDecimal from = (today != null) ? today : BigDecimal.ZERO;
		BigDecimal way = wanted.subtract(from);
		if (way.signum() == 0) {
			return (reached.compareTo(wanted) == 0) ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		return reached.subtract(from).divide(way, PRECISION);
	}

	/** Actual over promised minus one. */
	private static BigDecimal ratio(BigDecimal actual, BigDecimal promised) {
		if (promised.signum() <= 0) {
			return null;
		}
		return actual.divide(promised, PRECISION).subtract(BigDecimal.ONE);
	}

	/** Days from the start to the day, at least one (a same-day delivery took a day). */
	static long days(LocalDate start, LocalDate day) {
		return Math.max(1, ChronoUnit.DAYS.between(start, day));
	}

}
