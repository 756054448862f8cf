package org.shopfront.shadowit;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1234.50       | 1234.50
			1,234.50      | 1234.50
			1.234,50      | 1234.50
			12,50         | 12.50
			1,234         | 1234
			-12.00        | -12.00
			(12.00)       | -12.00
			12.00-        | -12.00
			$ 19.99       | 19.99
			€8,75         | 8.75
			EUR 1 234,56  | 1234.56
			1'234.50 CHF  | 1234.50
			""")
	void readsTheAmountsExportsWrite(String text, BigDecimal amount) {
		assertThat(Amounts.read(text)).isEqualByComparingTo(amount);
	}

	@ParameterizedTest
	@ValueSource(strings = { "twelve", "12.50.3x", "", "--", "1..2" })
	void refusesWhatIsNoAmount(String text) {
		assertThat(Amounts.read(text)).isNull();
	}

}
