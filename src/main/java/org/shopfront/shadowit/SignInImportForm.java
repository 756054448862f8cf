package org.shopfront.shadowit;

import jakarta.validation.constraints.NotBlank;

import org.springframework.validation.Errors;

/**
 * The upload form of a sign-in log: its layout ({@code OKTA} or {@code ENTRA}). The file
 * arrives as a separate part.
 */
record SignInImportForm(@NotBlank String layout) {

	static SignInImportForm empty() {
		return new SignInImportForm(SignInProfile.OKTA.name());
	}

	/** The log's profile, or {@code null} after saying beside the field what is wrong. */
	SignInProfile profile(Errors errors) {
		for (SignInProfile profile : SignInProfile.values()) {
			if (profile.name().equals(this.layout)) {
				return profile;
			}
		}
		if (!errors.hasFieldErrors("layout")) {
			errors.rejectValue("layout", "shadowit.import.layout.unknown");
		}
		return null;
	}

}
