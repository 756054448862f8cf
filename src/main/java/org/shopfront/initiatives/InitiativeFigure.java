package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.shopfront.shared.Money;

/**
 * A figure an initiative promised or reached: money for a budget, a day for a date, and
 * for a value money per year and/or a target figure in its unit. Whatever does not apply
 * is null.
 *
 * @param target what the value's figure measures ("days to close the books"), or null
 */
public record InitiativeFigure(Money money, LocalDate date, String target, BigDecimal figure, String unit) {

	public static InitiativeFigure money(Money money) {
		return new InitiativeFigure(money, null, null, null, null);
	}

	public static InitiativeFigure day(LocalDate date) {
		return new InitiativeFigure(null, date, null, null, null);
	}

	/** A value: money per year (or null) and a target's figure (or null). */
	public static InitiativeFigure value(Money perYear, String target, BigDecimal figure, String unit) {
		return new InitiativeFigure(perYear, null, target, figure, unit);
	}

	/** A value that was not realised at all. */
	public static InitiativeFigure nothing() {
		return new InitiativeFigure(null, null, null, null, null);
	}

	public boolean isEmpty() {
		return this.money == null && this.date == null && this.figure == null;
	}

}
