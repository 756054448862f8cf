package org.shopfront.promises;

import java.time.LocalDate;

import org.shopfront.shared.InvalidInput;

/** A delay flag whose new date cannot be right; shown beside the date field. */
final class InvalidDelay extends InvalidInput {

	private InvalidDelay(String messageKey, Object... arguments) {
		super("newDate", messageKey, arguments);
	}

	static InvalidDelay notAfterDue(LocalDate due) {
		return new InvalidDelay("promise.delay.notAfterDue", due);
	}

	static InvalidDelay inThePast() {
		return new InvalidDelay("promise.delay.inThePast");
	}

}
