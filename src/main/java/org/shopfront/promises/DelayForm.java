package org.shopfront.promises;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A fulfiller's delay flag: why the order will be late, and the realistic new date. */
record DelayForm(@NotBlank @Size(max = 1000) String reason,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDate) {

}
