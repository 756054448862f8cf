package org.shopfront.painpoints;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The answer to a pain point: what IT will change, who owns it, and by when. */
record ImprovementForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 120) String owner,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate promisedOn) {

	static ImprovementForm empty() {
		return new ImprovementForm("", "", null);
	}

}
