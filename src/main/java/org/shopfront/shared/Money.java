package org.shopfront.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in a currency, never a floating-point number: amounts are kept to
 * the currency's fraction digits, rounded half to even (banker's rounding) when made, so
 * sums of many amounts carry no drift.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	public Money {
		Objects.requireNonNull(amount, "Money needs an amount");
		Objects.requireNonNull(currency, "Money needs a currency");
		amount = amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
	}

	public static Money of(BigDecimal amount, Currency currency) {
		return new Money(amount, currency);
	}

	public static Money of(String amount, String currencyCode) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(sameCurrency(other).amount), this.currency);
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(sameCurrency(other).amount), this.currency);
	}

	/** This amount times a factor, rounded half to even to the currency's digits. */
	public Money times(BigDecimal factor) {
		return new Money(this.amount.multiply(factor), this.currency);
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(sameCurrency(other).amount);
	}

	private Money sameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException(
					"Cannot combine " + this.currency + " with " + other.currency + " without a rate");
		}
		return other;
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency.getCurrencyCode();
	}

}
