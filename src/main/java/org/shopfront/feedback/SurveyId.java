package org.shopfront.feedback;

import java.util.UUID;

/** Identifies a delivery survey. */
record SurveyId(UUID value) {

	static SurveyId random() {
		return new SurveyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
