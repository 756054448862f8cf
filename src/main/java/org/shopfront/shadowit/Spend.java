package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shopfront.shared.Money;

/** Amounts in several currencies, kept apart (never summed across currencies). */
record Spend(List<Money> amounts) {

	Spend {
		amounts = List.copyOf(amounts);
	}

	static Spend none() {
		return new Spend(List.of());
	}

	/** This spend and one more amount, by currency code. */
	Spend plus(String currency, BigDecimal amount) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		this.amounts.forEach((m) -> sums.put(m.currency().getCurrencyCode(), m.amount()));
		sums.merge(currency, amount, BigDecimal::add);
		return new Spend(
				sums.entrySet().stream().map((e) -> Money.of(e.getValue(), Currency.getInstance(e.getKey()))).toList());
	}

	/** The amount in one currency, zero when there is none. */
	public BigDecimal in(String currency) {
		return this.amounts.stream()
			.filter((m) -> m.currency().getCurrencyCode().equals(currency))
			.map(Money::amount)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	public boolean isEmpty() {
		return this.amounts.isEmpty();
	}

}
