package org.shopfront.ordering;

import org.shopfront.shared.InvalidInput;

/** An order form that breaks a rule about one of its fields. */
final class InvalidOrder extends InvalidInput {

	private InvalidOrder(String field, String key, Object... args) {
		super(field, key, args);
	}

	static InvalidOrder notEnoughStock(int left) {
		return new InvalidOrder("quantity", "order.quantity.stock", left);
	}

	static InvalidOrder missingAnswer(int index, String label) {
		return new InvalidOrder("answers[" + index + "]", "order.answer.required", label);
	}

	static InvalidOrder answerTooLong(int index, int max) {
		return new InvalidOrder("answers[" + index + "]", "order.answer.tooLong", max);
	}

	static InvalidOrder tooManyAnswers(int fields) {
		return new InvalidOrder("answers", "order.answer.tooMany", fields);
	}

	static InvalidOrder notOrderable() {
		return new InvalidOrder("offeringId", "order.offering.inactive");
	}

	static InvalidOrder noApprover() {
		return new InvalidOrder("quantity", "order.noApprover");
	}

}
