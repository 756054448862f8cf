package org.shopfront.shared;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void keepsTheCurrencysDigitsRoundingHalfToEven() {
		assertThat(Money.of("10.125", "EUR").amount()).isEqualByComparingTo("10.12");
		assertThat(Money.of("10.135", "EUR").amount()).isEqualByComparingTo("10.14");
		assertThat(Money.of("1000.5", "JPY").amount()).isEqualByComparingTo("1000");
	}

	@Test
	void addsWithoutDrift() {
		Money sum = Money.zero(Currency.getInstance("EUR"));
		for (int i = 0; i < 1000; i++) {
			sum = sum.plus(Money.of("0.10", "EUR"));
		}
		assertThat(sum).isEqualTo(Money.of("100", "EUR"));
	}

	@Test
	void refusesToMixCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
	}

	@Test
	void multipliesByAFactor() {
		assertThat(Money.of("240000", "EUR").times(new BigDecimal("1.32"))).isEqualTo(Money.of("316800", "EUR"));
	}

}
