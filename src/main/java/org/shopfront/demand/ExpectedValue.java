package org.shopfront.demand;

import java.math.BigDecimal;

import org.shopfront.shared.Money;

/**
 * The value a demand is expected to bring: money per year, a measurable target, or both.
 *
 * @param perYear money per year, or null when the value is only a target
 * @param target what is measured ("days to close the books"), or null
 * @param unit the target's unit ("days"), or null
 * @param today the target's figure today, or null
 * @param wanted the figure wanted, or null
 */
public record ExpectedValue(Money perYear, String target, String unit, BigDecimal today, BigDecimal wanted) {

	public static ExpectedValue money(Money perYear) {
		return new ExpectedValue(perYear, null, null, null, null);
	}

	public boolean hasMoney() {
		return this.perYear != null;
	}

	public boolean hasTarget() {
		return this.target != null;
	}

}
