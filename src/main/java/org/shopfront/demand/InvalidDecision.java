package org.shopfront.demand;

import org.shopfront.shared.InvalidInput;

/** A decision that names no option of the demand's current proposal. */
final class InvalidDecision extends InvalidInput {

	private InvalidDecision(String field, String key) {
		super(field, key);
	}

	static InvalidDecision unknownOption() {
		return new InvalidDecision("optionId", "decision.option.unknown");
	}

}
