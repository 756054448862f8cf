package org.shopfront.initiatives;

import org.shopfront.shared.InvalidInput;

/**
 * Input that breaks a rule of initiatives tied to one field (a new date that is not
 * later, a spend in another currency): shown beside the field, 400 in the API.
 */
final class InvalidInitiativeInput extends InvalidInput {

	private InvalidInitiativeInput(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	static InvalidInitiativeInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInitiativeInput(field, "initiatives.invalid." + messageKey, arguments);
	}

}
