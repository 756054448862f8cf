package org.shopfront.initiatives;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A milestone an owner plans: its name and day. */
record MilestoneForm(@NotBlank @Size(max = 200) String name,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn) {

	static MilestoneForm empty() {
		return new MilestoneForm(null, null);
	}

}
