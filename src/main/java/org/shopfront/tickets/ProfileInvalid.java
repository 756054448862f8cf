package org.shopfront.tickets;

import org.shopfront.shared.InvalidInput;

/** A profile that cannot be saved as it stands. */
final class ProfileInvalid extends InvalidInput {

	private ProfileInvalid(String field, String messageKey) {
		super(field, messageKey);
	}

	static ProfileInvalid nameTaken() {
		return new ProfileInvalid("name", "importProfile.nameTaken");
	}

	static ProfileInvalid datePattern() {
		return new ProfileInvalid("datePattern", "importProfile.datePattern.invalid");
	}

	static ProfileInvalid nothingToRead() {
		return new ProfileInvalid("title", "importProfile.noText");
	}

}
