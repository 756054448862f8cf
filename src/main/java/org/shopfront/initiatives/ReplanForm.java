package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A re-plan of one promise: the new budget ({@code amount}), the new date, or the new
 * value (money per year and/or target figure), and why.
 */
record ReplanForm(@NotNull PromiseMeasure measure,
		@DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 4) BigDecimal amount,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@DecimalMin("0") @Digits(integer = 13, fraction = 4) BigDecimal valuePerYear,
		@Digits(integer = 13, fraction = 4) BigDecimal targetFigure, @NotBlank @Size(max = 2000) String reason) {

	static ReplanForm empty() {
		return new ReplanForm(PromiseMeasure.DATE, null, null, null, null, null);
	}

}
