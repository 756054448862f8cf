package org.shopfront.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unit head's answer to the trust pulse. */
record PulseForm(@NotNull @Min(0) @Max(10) Integer score, @Size(max = 2000) String comment) {

	static PulseForm empty() {
		return new PulseForm(null, "");
	}

	/** The comment without surrounding blanks, or null when there is none. */
	String trimmedComment() {
		return (this.comment == null || this.comment.isBlank()) ? null : this.comment.strip();
	}

}
