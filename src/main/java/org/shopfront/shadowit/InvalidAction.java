package org.shopfront.shadowit;

import org.shopfront.shared.InvalidInput;

/** An action on a vendor names a need or unit the board does not offer. */
final class InvalidAction extends InvalidInput {

	private InvalidAction(String field, String messageKey) {
		super(field, messageKey);
	}

	static InvalidAction noSuchNeed() {
		return new InvalidAction("need", "shadowit.action.noSuchNeed");
	}

	static InvalidAction noSuchUnit() {
		return new InvalidAction("unit", "shadowit.action.noSuchUnit");
	}

}
