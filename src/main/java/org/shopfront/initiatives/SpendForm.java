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
 * Spend an owner reports: how much, on what day, on what.
 *
 * @param currency the amount's currency code; empty for the initiative's own
 */
record SpendForm(
		@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 4) BigDecimal amount,
		@Size(max = 3) String currency, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate spentOn,
		@NotBlank @Size(max = 500) String note) {

	static SpendForm empty(LocalDate today) {
		return new SpendForm(null, null, today, null);
	}

}
