package org.shopfront.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The customer's answer to a delivery survey; either question may stay open, but not
 * both.
 */
record SurveyForm(Boolean kept, @Min(1) @Max(5) Integer satisfaction, @Size(max = 2000) String comment) {

	static SurveyForm preselected(Boolean kept, Integer satisfaction) {
		return new SurveyForm(kept,
				(satisfaction != null && satisfaction >= 1 && satisfaction <= 5) ? satisfaction : null, "");
	}

	boolean empty() {
		return this.kept == null && this.satisfaction == null;
	}

	/** The comment without surrounding blanks, or null when there is none. */
	String trimmedComment() {
		return (this.comment == null || this.comment.isBlank()) ? null : this.comment.strip();
	}

}
