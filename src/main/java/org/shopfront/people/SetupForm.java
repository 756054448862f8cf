package org.shopfront.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first administrator, as chosen on the setup page. */
record SetupForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
		@NotBlank @Size(max = 120) String displayName, @NotBlank @Email @Size(max = 200) String email,
		@Size(max = 100) String password) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "");
	}

}
