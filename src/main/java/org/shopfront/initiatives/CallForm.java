package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The sponsor's answer to the retailer call: re-scope (what goes, and about what share of
 * the remaining work), more time (the new date), more money (how much more), or stop;
 * with a note (why), required except for a re-scope, whose "what goes" says it.
 */
record CallForm(@NotNull CallAnswer answer, @Size(max = 2000) String whatGoes, @Min(1) @Max(90) Integer share,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDate,
		@DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 4) BigDecimal extra,
		@Size(max = 2000) String note) {

	static CallForm choosing(CallAnswer answer) {
		return new CallForm(answer, null, null, null, null, null);
	}

}
